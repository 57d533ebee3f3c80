/** Strings of the update banner and the database notices (shown on every view): same keys in zh and en. */
export const zh = {
  'pwa.update.available': '有新版本可用。',
  'pwa.update.apply': '更新并重新加载',
  'pwa.update.later': '稍后',
  'pwa.update.waitImport': '正在导入数据,导入完成后才能更新。',
  'pwa.stale': '本应用已在另一个标签页中更新。请重新加载此页面。',
  'db.versionchange': '本应用已在另一个标签页中升级了本地数据库。请重新加载此页面。',
  'db.deleted': '本地数据库已被删除(例如清除了网站数据)。请重新加载此页面。',
  'db.blocked': '本地数据库升级正在等待:请关闭本应用的其他标签页。',
  'db.reload': '重新加载',} as const satisfies Record<string, string>;
export const en: Record<keyof typeof zh, string> = {
  'pwa.update.available': 'A new version is available.',
  'pwa.update.apply': 'Update and reload',
  'pwa.update.later': 'Later',
  'pwa.update.waitImport': 'Data is being imported; the update can be applied once it has finished.',
  'pwa.stale': 'The app was updated in another tab. Please reload this page.',
  'db.versionchange': 'The app upgraded its local database in another tab. Please reload this page.',
  'db.deleted': 'The local database was deleted (e.g. site data was cleared). Please reload this page.',
  'db.blocked': 'The local database upgrade is waiting: please close the app’s other tabs.',
  'db.reload': 'Reload',};
