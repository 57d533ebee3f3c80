/** opencc-js's dictionaries as modules (`opencc-js/dict/<name>`): each a serialised dictionary, "source target|…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
