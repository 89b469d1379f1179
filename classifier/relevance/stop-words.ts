/**
 * Function words and report boilerplate that carry no topic: dropping them keeps the models' vocabularies for
 * words that separate fraud news from other news. Kept short on purpose: single content characters (骗, 赌, 毒)
 * are informative and stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 在 是 和 与 及 等 对 为 将 被 把 也 就 都 而 并 其 该 这 那 之 于 以 个 中 上 下 有 我 你 他 她 它 们 着 从 到 ' +
    '向 由 已 已经 还 又 再 但 或 及其 以及 进行 通过 相关 有关 表示 一 一名 一起 一个 一些 近日 日前 记者 今年 去年 ' +
    '目前 此外 同时 其中 随后 之后 以来 期间 方面 情况 问题 工作 开展 要求 自己 我们 他们 她们 大家 这些 那些 这个 ' +
    '那个 什么 如何 怎么 因为 所以 如果 可以 能够 没有 不是 就是 还是 以后 以前 时候 今天 昨天 明天 月 日 年 时 分 ' +
    '号 名 人 次 元 万 亿 余 多 近 约 共 第 后 前 内 外 里 给 让 向 被 之后 当天 当日 此前 此后 称 说 据 据悉 据了解 ' +
    '了解 来 去 做 会 能 要 没 很 更 最 啊 吗 呢 吧 么 所 地 得 个人'
  ).split(/\s+/),
);
