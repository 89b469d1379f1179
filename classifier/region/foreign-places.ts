/**
 * Places abroad that fraud stories are set in. An article whose strongest place evidence is foreign (a raid in
 * Cambodia reported with no Chinese agency in the lead) has region null, per the contract ("null when abroad").
 */
export const FOREIGN_PLACES: readonly string[] = (
  '缅甸 缅北 妙瓦底 果敢 佤邦 掸邦 木姐 小勐拉 柬埔寨 西港 西哈努克 金边 老挝 金三角 泰国 曼谷 越南 菲律宾 马尼拉 ' +
  '马来西亚 吉隆坡 印度尼西亚 印尼 新加坡 日本 东京 韩国 首尔 美国 纽约 英国 伦敦 法国 巴黎 德国 意大利 西班牙 ' +
  '加拿大 澳大利亚 新西兰 阿联酋 迪拜 土耳其 俄罗斯 印度 巴基斯坦 尼日利亚 南非 肯尼亚 巴西 墨西哥 秘鲁 斐济 ' +
  '帕劳 东帝汶 蒙古国 哈萨克斯坦 格鲁吉亚 塞尔维亚 黑山 欧洲 非洲 中东 东南亚 北美 国际刑警'
).split(' ');
