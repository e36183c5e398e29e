/**
 * Search by full or mixed pinyin (issue 14, item 11): "zhang" and "liangqizhi" find 张… and 梁启志 as "zw" always did,
 * and mixed input ("zhangw": 张 + 伟's w, "zhw": zh… + w…) too. Each character of the name is matched, in order from
 * the first, by its full syllable or by the start of it (any of a polyphone's readings: 单 shan/dan, 曾 zeng/ceng);
 * the typed text must be used up. ü is typed as v (lv 吕). Readings are looked up once per character and kept.
 */
import { pinyin } from 'pinyin-pro';

/** The syllables of Mandarin (toneless, ü as v), without the interjections m, n, ng, hng. */
const SYLLABLES: readonly string[] = `
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha
chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er
fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing
jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan
lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao
me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie
nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi
qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run
ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan
tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan
yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe
zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
`
  .trim()
  .split(/\s+/);

/** Every non-empty start of a syllable: the pieces typed text can be cut into. */
const STARTS: ReadonlySet<string> = new Set(SYLLABLES.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.slice(0, i + 1))));
const LONGEST_SYLLABLE = Math.max(...SYLLABLES.map((s) => s.length));

const HAN = /^[\u3400-\u9fff]$/;
const READINGS = new Map<string, readonly string[]>();
const READINGS_LIMIT = 50_000;

/** The toneless readings of one character (a polyphone has several); any other character stands for itself. */
export function readingsOf(char: string): readonly string[] {
  const known = READINGS.get(char);
  if (known !== undefined) return known;
  const readings = HAN.test(char)
    ? [...new Set(pinyin(char, { type: 'array', toneType: 'none', multiple: true, v: true }).filter((r) => /^[a-z]+$/.test(r)))]
    : [char.toLowerCase()];
  if (READINGS.size >= READINGS_LIMIT) READINGS.clear();
  READINGS.set(char, readings);
  return readings;
}

/**
 * How many characters from the start of `name` the typed pinyin `q` (lower case a–z) stands for — each character by
 * its whole syllable or a start of it, `q` used up — or 0 when it does not match.
 */
export function pinyinPrefixMatch(name: string, q: string): number {
  const chars = Array.from(name);
  const walk = (i: number, j: number): number => {
    if (j === q.length) return i;
    if (i === chars.length) return 0;
    for (const reading of readingsOf(chars[i] ?? '')) {
      for (let k = Math.min(reading.length, q.length - j); k >= 1; k -= 1) {
        if (q.startsWith(reading.slice(0, k), j)) {
          const matched = walk(i + 1, j + k);
          if (matched > 0) return matched;
        }
      }
    }
    return 0;
  };
  return q === '' ? 0 : walk(0, 0);
}

/**
 * The pinyin initials (as stored: 张伟 → zw) a name typed as `q` can have: one letter per piece, for every way of
 * cutting `q` into starts of syllables — only the shortest kept (initials starting with "z" cover every "z…").
 * Longer pieces are tried first, so the broad ones come early; at most `max`. Empty when `q` is not pinyin (a–z, at
 * most 40 letters).
 */
export function initialsFor(q: string, max = 16): string[] {
  if (!/^[a-z]{1,40}$/.test(q)) return [];
  const found: string[] = [];
  const covered = (initials: string) => found.some((f) => initials.startsWith(f));
  // Positions from which the rest of `q` cannot be cut into starts of syllables.
  const dead = new Set<number>();
  const walk = (j: number, initials: string): boolean => {
    if (found.length >= max || covered(initials)) return true;
    if (j === q.length) {
      for (let i = found.length - 1; i >= 0; i -= 1) if ((found[i] ?? '').startsWith(initials)) found.splice(i, 1);
      found.push(initials);
      return true;
    }
    if (dead.has(j)) return false;
    let any = false;
    for (let k = Math.min(LONGEST_SYLLABLE, q.length - j); k >= 1; k -= 1) {
      const piece = q.slice(j, j + k);
      if (STARTS.has(piece) && walk(j + k, initials + piece.charAt(0))) any = true;
    }
    if (!any) dead.add(j);
    return any;
  };
  walk(0, '');
  return found;
}
