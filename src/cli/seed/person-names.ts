import { chance, pick, weightedPick, type Random } from './random';

/** Common surnames, roughly as frequent as in Hunan. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7], ['李', 7], ['张', 6], ['刘', 6], ['陈', 5], ['杨', 4], ['黄', 3], ['赵', 2.5], ['周', 3], ['吴', 2.5],
  ['徐', 2], ['孙', 1.5], ['胡', 2], ['朱', 1.5], ['高', 1.2], ['林', 1.2], ['何', 1.5], ['郭', 1.2], ['马', 1], ['罗', 1.5],
  ['梁', 0.8], ['宋', 0.8], ['郑', 0.8], ['谢', 1], ['唐', 1.5], ['曾', 1.2], ['彭', 1.2], ['邓', 1], ['龚', 0.8], ['向', 0.8],
  ['蒋', 0.8], ['戴', 0.6], ['覃', 0.5], ['文', 0.5], ['易', 0.5], ['熊', 0.6], ['贺', 0.5], ['丁', 0.4], ['邹', 0.6], ['喻', 0.4],
];

const GIVEN_FIRST: readonly string[] = [
  '建', '国', '志', '明', '海', '文', '立', '小', '晓', '永', '德', '春', '秀', '丽', '红', '金', '新', '俊', '子', '思',
  '家', '雨', '嘉', '梓', '宏', '玉', '桂', '慧', '若', '欣',
];
const GIVEN_SECOND: readonly string[] = [
  '华', '强', '军', '平', '伟', '杰', '涛', '斌', '勇', '辉', '波', '鹏', '峰', '磊', '林', '芳', '敏', '静', '燕', '霞',
  '玲', '婷', '娟', '英', '兰', '萍', '琴', '洁', '涵', '轩', '宇', '浩', '怡', '萱', '航', '阳',
];

/** A plausible Chinese personal name: a surname and one or two given characters. */
export function personName(random: Random): string {
  const surname = weightedPick(random, SURNAMES);
  return chance(random, 0.7) ? surname + pick(random, GIVEN_FIRST) + pick(random, GIVEN_SECOND) : surname + pick(random, GIVEN_SECOND);
}
