import { describe, expect, it } from 'vitest';
import { RELATION_WORDS, relationChoices, relationClassOf } from '../../../shared/domain/relation-words';
import type { RelationWord } from '../../../shared/domain/relation-words';
import { RELATION_LABEL } from '../../../shared/domain/workbook/vocabulary';

describe('与户主关系: the usual words, recorded as the five classes', () => {
  it('maps every word to its class', () => {
    const expected: Record<RelationWord, string> = {
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
    for (const word of Object.keys(RELATION_WORDS) as RelationWord[]) expect(relationClassOf(word), word).toBe(expected[word]);
  });

  it('the five classes are words of their own, spelt as the workbook spells them', () => {
    for (const [cls, label] of Object.entries(RELATION_LABEL)) {
      expect(RELATION_WORDS[cls as RelationWord]).toBe(label);
      expect(relationClassOf(cls as RelationWord)).toBe(cls);
    }
  });

  it('each choice says which class it is recorded as; 户主 can be left out', () => {
    const choices = relationChoices();
    expect(choices.map((c) => c.label)).toEqual([
      '户主',
      '配偶',
      '子女',
      '儿媳/女婿（记作子女）',
      '孙子女/外孙子女（记作其他）',
      '父母',
      '公婆/岳父母（记作父母）',
      '兄弟姐妹（记作其他）',
      '祖父母/外祖父母（记作其他）',
      '其他',
    ]);
    expect(relationChoices(false).some((c) => c.value === 'head')).toBe(false);
  });
});
