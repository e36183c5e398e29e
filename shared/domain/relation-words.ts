/**
 * 与户主关系 as a clerk says it (issue 14, item 9): the usual relations of a household register, each recorded as one
 * of the five classes DOMAIN §2 uses (户主/配偶/子女/父母/其他) — the class is what is stored and what every rule reads
 * (only 户主 and 配偶 matter to the family conditions). A child's spouse counts with the children, a spouse's parents
 * with the parents; grandchildren, siblings and grandparents are 其他.
 */
import type { Relation } from './population/types';

export const RELATION_WORDS = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  'child-in-law': '儿媳/女婿',
  grandchild: '孙子女/外孙子女',
  parent: '父母',
  'parent-in-law': '公婆/岳父母',
  sibling: '兄弟姐妹',
  grandparent: '祖父母/外祖父母',
  other: '其他',
} as const;
export type RelationWord = keyof typeof RELATION_WORDS;

const CLASS_OF: Readonly<Record<RelationWord, Relation>> = {
  head: 'head',
  spouse: 'spouse',
  child: 'child',
  'child-in-law': 'child',
  grandchild: 'other',
  parent: 'parent',
  'parent-in-law': 'parent',
  sibling: 'other',
  grandparent: 'other',
  other: 'other',
};

const CLASS_WORD: Readonly<Record<Relation, string>> = { head: '户主', spouse: '配偶', child: '子女', parent: '父母', other: '其他' };

/** The class a relation is recorded as. */
export function relationClassOf(word: RelationWord): Relation {
  return CLASS_OF[word];
}

/**
 * The choices of a 与户主关系 field, each telling the class it is recorded as when that is not its own word
 * ("儿媳/女婿（记作子女）"); without 户主 when the household already has one.
 */
export function relationChoices(withHead = true): { value: RelationWord; label: string }[] {
  return (Object.keys(RELATION_WORDS) as RelationWord[])
    .filter((w) => withHead || w !== 'head')
    .map((w) => {
      const cls = CLASS_WORD[CLASS_OF[w]];
      return { value: w, label: RELATION_WORDS[w] === cls ? cls : `${RELATION_WORDS[w]}（记作${cls}）` };
    });
}
