"""People nobody stored, and the context that tells a name from a word.

The dictionary tags surnames and given names (morph.py); a tag alone is not enough
(中村橋駅 is a station, 佐藤 a sugar in hiragana), so a tagged word counts as a person
when its context says so: a whole name (surname then given name), a title or honorific
after it (さん 様 氏 社長 弁護士 …), a family or role word before it (長男 妻 紹介者 保護司
名義 …). Katakana after 名義 (an account holder) and capitalised Latin word pairs are people
too. The same context rules decide whether a known person's
surname or given name alone, found in the text, is meant as that person.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from vault.redaction.morph import Token, can_be_name

HONORIFICS = (
    "さん",
    "様",
    "さま",
    "サマ",
    "氏",
    "君",
    "くん",
    "クン",
    "ちゃん",
    "チャン",
    "殿",
    "どの",
    "先生",
    "医師",
    "院長",
    "社長",
    "副社長",
    "会長",
    "専務",
    "常務",
    "取締役",
    "部長",
    "次長",
    "課長",
    "係長",
    "主任",
    "室長",
    "所長",
    "店長",
    "支店長",
    "局長",
    "理事長",
    "理事",
    "代表",
    "教授",
    "准教授",
    "講師",
    "弁護士",
    "税理士",
    "司法書士",
    "行政書士",
    "社労士",
    "会計士",
    "弁理士",
    "看護師",
    "先輩",
    "夫妻",
    "夫人",
    "宅",
    "san",
    "sama",
    "kun",
    "chan",
    "sensei",
)
ROLES = (
    "長男",
    "次男",
    "三男",
    "長女",
    "次女",
    "三女",
    "息子",
    "娘",
    "妻",
    "夫",
    "嫁",
    "婿",
    "母",
    "父",
    "兄",
    "姉",
    "弟",
    "妹",
    "祖母",
    "祖父",
    "孫",
    "叔父",
    "叔母",
    "伯父",
    "伯母",
    "主人",
    "旦那",
    "彼氏",
    "彼女",
    "恋人",
    "友人",
    "知人",
    "紹介者",
    "保護司",
    "担当",
    "担当者",
    "名義",
    "名義人",
    "口座名義",
    "受取人",
    "代表者",
    "上司",
    "元上司",
    "部下",
    "同僚",
    "後見人",
    "保証人",
    "相談者",
    "同席者",
    "出席者",
    "参加者",
    "立会人",
    "面談者",
    "来訪者",
    "依頼者",
    "依頼人",
    "患者",
    "利用者",
    "本人",
    "被害者",
    "加害者",
    "主治医",
    "顧問",
    "推薦者",
    "窓口",
    "差出人",
    "宛名",
    "署名",
)
# A one-kanji title starts other words too (氏名, 様子, 宅配): not when a kanji follows.
_HONORIFIC = re.compile(
    r"[\s\-]?(?:"
    + "|".join(
        h + r"(?![\u4e00-\u9fff])" if len(h) == 1 else h
        for h in sorted(HONORIFICS, key=len, reverse=True)
    )
    + ")"
)
_ROLE = re.compile(
    "(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")(?:の|は|が|:|：|、|\s)*$"
)
# A surname followed by one of these names a place or a shop, not a person.
_PLACE_AFTER = re.compile(
    r"(?:駅|町|市|区|村|郡|橋|通|線|屋|ビル|店|寺|園|川|台|坂|丘|浜|港|島|谷|公園|神社|病院|"
    r"学校|大学|高校|中学|小学校|口|前|本線|通り|ヶ丘|が丘|城|製薬|商事|工業|銀行|支店|"
    # a business named after its founder: 鈴木自動車, 田中建設, 小林製作所
    r"自動車|建設|工務店|商店|商会|電機|電気|産業|物産|製作所|食品|酒造|運輸|不動産|興業|"
    r"証券|化学|印刷|書店|出版|記念館|美術館|ホールディングス)"
)
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")
_HOLDER = re.compile(r"(?:口座名義人?|名義人?|受取人|口座名)(?:は|:|：|\s)*")
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]\.\s?[A-Z][a-z]{2,15}"
    r"|(?:[A-Z][a-z]{1,15}|[A-Z]{2,15})(?:\s(?:[A-Z]\.|[A-Z][a-z]{1,15}|[A-Z]{2,15})){1,3})"
    r"(?![A-Za-z])"
)
_LATIN_WORD = re.compile(r"\S+")
# Capitalised because they start a sentence or a greeting, not because they are names.
_SENTENCE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "hi hello dear call thanks thank please meeting with from to by at in on re fw fwd cc "
        "attn sent send ask tell met meet see let get we i you he she they it this that "
        "mr ms mrs dr prof sir madam regards best sincerely yours cheers note notes today "
        "tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday",
    )
)
# Capitalised words that pair up in product and place names, not people's.
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "google microsoft apple amazon meta zoom teams slack meet cloud office excel word "
        "windows mac macos ios android chrome drive docs sheets web services github notion adobe "
        "photoshop illustrator figma canva line paypay visa master card japan tokyo osaka kyoto "
        "inc llc ltd co corp the of and for new york pdf csv json api ai ui ux dx it ok ver "
        "version team project ceo cto cfo mr ms mrs dr my number card address phone mail name "
        "date birth postal code client notes created records replacements left type operator "
        "count contact note credential record added term organisation organization special care "
        "bank account redacted report utc",
    )
)
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def honorific_after(text: str, end: int) -> bool:
    return _HONORIFIC.match(text, end) is not None


def role_before(text: str, start: int) -> bool:
    return _ROLE.search(text[max(0, start - 8) : start]) is not None


def in_context(text: str, start: int, end: int) -> bool:
    """A title after the span, or a family or role word before it."""
    return honorific_after(text, end) or role_before(text, start)


def place_after(text: str, end: int) -> bool:
    return _PLACE_AFTER.match(text, end) is not None


def word_aligned(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The span starts and ends where words do (高田 is no word of 高田馬場)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    return start in starts and end in ends


def third_parties(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Spans of `text` naming a person, by the dictionary's tags and their context."""
    yield from _tagged(text, tokens)
    yield from _before_titles(text, tokens)
    yield from _named_by_context(text, tokens)
    yield from _kana_after_role(text, tokens)
    for holder in _HOLDER.finditer(text):
        yield from _katakana_run(text, holder.end())
    yield from _latin(text)


# Between the names of a list: 同席者：横山、菅野 names two people once a role opens it.
_LIST_MARK = re.compile(r"\s*[、・,，/／]\s*")
_LIST_SEPARATOR = re.compile(rf"{_LIST_MARK.pattern}|\s*(?:と|及び|および|や)\s*")


def _tagged(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    listed = -1  # the end of the last name found: a name listed right after it is one too
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if word.person is None:
            # 平野 in 杉山・平野 is tagged as a plain noun; listed after a name, it is one
            # (after a mark only: 鈴木さんと桜を見た keeps its cherry blossoms)
            if (
                _listed(text, listed, word, _LIST_MARK)
                and word.pos[0] == "名詞"
                and can_be_name(word.surface)
            ):
                yield word.start, word.end
                listed = word.end
            i += 1
            continue
        j = i + 1  # a run of name parts, one space allowed between them
        while j < len(tokens):
            if tokens[j].person is not None:
                j += 1
            elif tokens[j].surface.isspace() and j + 1 < len(tokens) and tokens[j + 1].person:
                j += 2
            else:
                break
        run = [t for t in tokens[i:j] if t.person]
        start, end = run[0].start, run[-1].end
        whole = any(a.person == "姓" and b.person == "名" for a, b in itertools.pairwise(run))
        if (
            (whole and not place_after(text, end))
            or in_context(text, start, end)
            or (_listed(text, listed, run[0], _LIST_SEPARATOR) and not place_after(text, end))
        ):
            yield start, end
            listed = end
        i = j


def _listed(text: str, listed: int, word: Token, separator: re.Pattern[str]) -> bool:
    """`word` follows the name that ended at `listed` with only a list separator between."""
    return listed >= 0 and separator.fullmatch(text, listed, word.start) is not None


def _before_titles(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """A proper noun or unknown word, or katakana, directly before an honorific."""
    for before in tokens:
        if not honorific_after(text, before.end) or not _JAPANESE.search(before.surface):
            continue
        katakana = _KATAKANA_WORD.fullmatch(before.surface) is not None
        if before.proper or before.unknown or katakana:
            start = before.start
            while start > 0 and _KATAKANA_WORD.fullmatch(text[start - 1 : before.end]) and katakana:
                start -= 1
            yield start, before.end


# Nouns that follow 担当の or precede さん as often as any name: never taken for one.
_NOT_NAME_NOUNS = frozenset(
    [
        "方",
        "者",
        "人",
        "件",
        "分",
        "日",
        "皆",
        "様",
        "方々",
        "一同",
        "各位",
        "家",
        "側",
        "達",
        "たち",
        "自身",
        "本人",
        # formal nouns: 娘のために, 妻のおかげで, 母のほうが
        "ため",
        "こと",
        "もの",
        "ところ",
        "ほう",
        "おかげ",
        "せい",
        "よう",
        "まま",
    ]
)


def _named_by_context(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """A noun the dictionary also knows as a name, after a family or role word or before a
    title: 妻の桜, 担当の森, 光ちゃん."""
    for word in tokens:
        if word.pos[0] != "名詞" or word.person or word.surface in _NOT_NAME_NOUNS:
            continue
        if not _JAPANESE.search(word.surface):
            continue
        if in_context(text, word.start, word.end) and can_be_name(word.surface):
            yield word.start, word.end


# A kana given name the dictionary cuts into pieces (ひまり → ひ + まり), ended by a particle,
# a title or punctuation: 次女のひまりが, 長男のユウトと.
_KANA_NAME = re.compile(
    r"[\u3041-\u3096\u30a1-\u30faー]{2,6}(?=が|は|と|も|に|を|の|や|へ|さん|くん|ちゃん|様|[、。，．,.\s）)]|$)"
)

# Kana words that take さん or ちゃん as often as a name does: みなさん, おばあちゃん.
_KIN_BEFORE_TITLES = frozenset(
    [
        "みな",
        "みんな",
        "おばあ",
        "おじい",
        "ばあ",
        "じい",
        "おば",
        "おじ",
        "おにい",
        "おねえ",
        "にい",
        "ねえ",
        "おかあ",
        "かあ",
        "おとう",
        "とう",
        "おくさ",
        "おきゃく",
        "おこ",
        "おいしゃ",
        "おまわり",
    ]
)
_KANA_TITLED = re.compile(r"[\u3041-\u3096\u30a1-\u30faー]{2,6}?(?=さん|くん|ちゃん|様|さま)")


def _kana_after_role(text: str, tokens: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """A kana run right after a family or role word that the dictionary reads as no word
    of its own (two morphemes or more, or unknown): a name it does not hold."""
    for word in tokens:
        if not role_before(text, word.start) or role_before(text, word.end):
            continue
        titled = _KANA_TITLED.match(text, word.start)
        # 息子のかいとくん, however the dictionary cuts it
        if (
            titled is not None
            and word.surface not in _NOT_NAME_NOUNS
            and titled.group() not in _KIN_BEFORE_TITLES
        ):
            yield titled.start(), titled.end()
            continue
        found = _KANA_NAME.match(text, word.start)
        if found is None:
            continue
        inside = [t for t in tokens if found.start() <= t.start < found.end()]
        pieces = inside and inside[-1].end == found.end() and (len(inside) > 1 or inside[0].unknown)
        if pieces and all(t.pos[0] in {"名詞", "接頭辞", "形状詞"} for t in inside):
            yield found.start(), found.end()


def _katakana_run(text: str, position: int) -> Iterator[tuple[int, int]]:
    """The account holder: up to two katakana words after 名義."""
    words = re.compile(r"[\u30a1-\u30faーｦ-ﾟ]+(?:[\s・][\u30a1-\u30faーｦ-ﾟ]+)?")
    found = words.match(text, position)
    if found:
        yield found.start(), found.end()


def _latin(text: str) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words, greetings and sentence words at their ends taken off:
    two words or more left ("Call Taro Sato" → Taro Sato), or an initial and a surname."""
    for m in _LATIN_NAME.finditer(text):
        words = list(_LATIN_WORD.finditer(m.group()))
        while words and words[0].group().strip(".").lower() in _SENTENCE_WORDS:
            words.pop(0)
        while words and words[-1].group().strip(".").lower() in _SENTENCE_WORDS:
            words.pop()
        if any(w.group().strip(".").lower() in _NOT_NAMES for w in words):
            continue
        initial = len(words) == 1 and re.fullmatch(r"[A-Z]\.\s?[A-Z][a-z]+", words[0].group())
        if len(words) >= 2 or initial:
            yield m.start() + words[0].start(), m.start() + words[-1].end()
