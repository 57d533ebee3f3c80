/**
 * Lines of a government web page that are site chrome, not report text: where-you-are trails, sharing, print and
 * close buttons, font-size switches, view counters, QR codes, site maps, copyright and ICP lines, the sponsoring
 * units, previous/next article, related links, and the page's own metadata (source, author, publication time).
 * Only short lines (at most 100 characters) are tested: a report's paragraph is never dropped for a phrase in it.
 */

const CHROME_LINE: readonly RegExp[] = [
  /^(当前位置|您现在的位置|您现在所在的位置|您的位置|你的位置|现在位置|所在位置|當前位置|您現在的位置|您的位置)/,
  /(首页|首頁|网站首页|網站首頁)\s*[>»›＞〉]/,
  /分享到/,
  /打印此页|打印本页|打印文章|打印本文|【打印】|\[打印\]|列印本頁|【列印】/,
  /关闭窗口|關閉窗口|关闭本页|關閉本頁|【关闭】|\[关闭\]|【關閉】/,
  /(字号|字號|字体|字體)\s*[:：]?\s*([【[(（]\s*)?(大|默认|默認|$)/,
  /浏览次数|瀏覽次數|浏览量|瀏覽量|阅读次数|閱讀次數|点击数|點擊數|点击量|访问量|阅读量|閱讀量/,
  /扫一扫|掃一掃|扫描二维码|掃描二維碼|手机扫码|用手机扫/,
  /网站地图|網站地圖/,
  /版权所有|版權所有|copyright|©/i,
  /(主办单位|承办单位|主辦單位|承辦單位|主办|承办|主辦|承辦|技术支持|技術支持|维护单位|維護單位)\s*[:：]/,
  /ICP备|ICP證|ICP证|公网安备|公網安備|网站标识码|網站標識碼/i,
  /^(上一篇|下一篇|上一條|下一條|上一条|下一条|上一页|下一页)/,
  /^(相关链接|相關鏈接|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|友情链接|友情鏈接)/,
  /返回顶部|返回頂部|返回首页|返回首頁|加入收藏|设为首页|設為首頁|我要纠错|【收藏】/,
  /^(来源|來源|信息来源|信息來源|文章来源|文章來源|作者|责任编辑|責任編輯|编辑|編輯|发布机构|發布機構)\s*[:：]/,
  /(发布时间|发布日期|發布時間|發佈時間|發布日期|更新时间|更新時間|更新日期)\s*[:：]/,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/,
];

export function isChromeLine(line: string): boolean {
  return line.length <= 100 && CHROME_LINE.some((re) => re.test(line));
}
