"""A labelled corpus of made-up Japanese freelancer notes, for recall and over-redaction.

Every case is a sentence with its personal spans marked `[[text|category]]`. The
categories: `name` (a person the vault holds, in any form), `third` (a person nobody
stored), `care` (要配慮個人情報), `bank`, `address`, `postal`, `dob`, `email`, `phone`,
`mynumber`. A span counts as redacted only when every one of its characters but spaces
is inside a redacted span: a surviving surname or given name is a leak. `CONTROLS` are
harmless phrases (stations and places holding a known surname, words sharing a reading
with a known name, dates that are no birthdays, amounts, times) that must stay.

Templates are expanded with fixed lists, so the corpus reads as what it tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from vault.domain.model import Field, FieldType, RecordKind
from vault.redaction.known import Known, record_known

# -- the people the vault holds ------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    """A contact record: its title, its name field and furigana (either may be empty)."""

    title: str
    name: str
    furigana: str
    surname_romaji: str
    given_romaji: str
    # How the name is also written in notes: a variant kanji form, if any.
    variant: str = ""


CONTACTS = (
    Contact("鈴木 一郎", "鈴木 一郎", "すずき いちろう", "Suzuki", "Ichiro"),
    Contact("山田さん（発注担当）", "山田 花子", "やまだ はなこ", "Yamada", "Hanako"),
    Contact("澤田 健二", "澤田 健二", "さわだ けんじ", "Sawada", "Kenji", "沢田"),
    Contact("高橋 蓮", "高橋 蓮", "たかはし れん", "Takahashi", "Ren"),
    Contact("髙木 美和", "髙木 美和", "たかぎ みわ", "Takagi", "Miwa", "高木"),
    Contact("渡邊 翔", "渡邊 翔", "わたなべ しょう", "Watanabe", "Sho", "渡辺"),
    Contact("岡﨑 真由美", "岡﨑 真由美", "おかざき まゆみ", "Okazaki", "Mayumi", "岡崎"),
    Contact("佐藤 あい", "佐藤 あい", "さとう あい", "Sato", "Ai"),
    Contact("高田 誠", "高田 誠", "たかだ まこと", "Takada", "Makoto"),
    Contact("中村 大輔", "中村 大輔", "", "Nakamura", "Daisuke"),  # no furigana
    Contact("小林 陽菜", "小林 陽菜", "", "Kobayashi", "Hina"),
    Contact("齋藤 智子", "齋藤 智子", "さいとう ともこ", "Saito", "Tomoko", "斎藤"),
    Contact("森 恵理子", "", "", "Mori", "Eriko"),  # only the title names her
    Contact("長谷川 涼", "長谷川 涼", "はせがわ りょう", "Hasegawa", "Ryo"),
)


def known() -> list[Known]:
    """What `known_values` yields for these contacts: the same path as a real vault."""
    out: list[Known] = []
    for number, contact in enumerate(CONTACTS):
        fields = [Field("name", contact.name)] if contact.name else []
        if contact.furigana:
            fields.append(Field("furigana", contact.furigana))
        fields.append(Field("email", f"person{number}@example.jp", FieldType.EMAIL))
        out += record_known(f"c{number}", RecordKind.CONTACT, contact.title, fields)
    return out


def _kata(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


_HALF = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
        "ラリルレロワヲンー",
        "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰ",
        strict=True,
    )
)
_VOICED = dict(
    zip(
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボ",
        "カキクケコサシスセソタチツテトハヒフヘホ",
        strict=True,
    )
)


def _half(katakana: str) -> str:
    out = []
    for ch in katakana:
        if ch in _VOICED:
            out.append(_HALF[_VOICED[ch]] + "ﾞ")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)


def _known_name_cases() -> list[str]:
    cases = []
    for c in CONTACTS:
        full = c.name or c.title
        sur, given = full.split()
        cases += [
            f"[[{sur} {given}|name]]様から見積の依頼。",
            f"本日[[{sur}{given}|name]]さんと打ち合わせ。",
            f"[[{sur}|name]]様と次回の日程を調整した。",
            f"[[{sur}|name]]社長に請求書を送付。",
            f"[[{c.given_romaji} {c.surname_romaji}|name]] から英文の契約書が届いた。",
            f"署名は [[{c.surname_romaji.upper()} {c.given_romaji}|name]] となっている。",
            f"メールの差出人は [[{c.given_romaji[0]}. {c.surname_romaji}|name]]。",
        ]
        if c.variant:
            cases.append(f"[[{c.variant}|name]]社長から電話があった。")
            cases.append(f"[[{c.variant} {given}|name]]さんの件は保留。")
        if c.furigana:
            kana_sur, kana_given = c.furigana.split()
            cases += [
                f"[[{_kata(kana_sur)}|name]]さんから折り返しの電話。",
                f"[[{kana_sur}|name]]さんへ資料を送る。",
                f"宛名は[[{_kata(kana_sur)} {_kata(kana_given)}|name]]で。",
                f"振込名義は[[{_half(_kata(kana_sur + kana_given))}|name]]だった。",
            ]
        if len(given) == 1:
            cases.append(f"[[{given}|name]]くんの作品を使う許可をもらった。")
        else:
            cases.append(f"[[{given}|name]]さんは来月から担当を外れる。")
    return cases


# -- people nobody stored -------------------------------------------------------------------

THIRD_PARTIES = (
    ("田中", "美咲", "タナカ", "ミサキ"),
    ("大野", "健太", "オオノ", "ケンタ"),
    ("永井", "由紀子", "ナガイ", "ユキコ"),
    ("松本", "拓也", "マツモト", "タクヤ"),
    ("井上", "さくら", "イノウエ", "サクラ"),
    ("木村", "直樹", "キムラ", "ナオキ"),
    ("林", "優子", "ハヤシ", "ユウコ"),
    ("清水", "亮", "シミズ", "リョウ"),
    ("山口", "美穂", "ヤマグチ", "ミホ"),
    ("吉田", "翼", "ヨシダ", "ツバサ"),
    ("石井", "和也", "イシイ", "カズヤ"),
    ("前田", "愛子", "マエダ", "アイコ"),
    ("藤田", "陽介", "フジタ", "ヨウスケ"),
    ("後藤", "真理", "ゴトウ", "マリ"),
    ("岡田", "悠斗", "オカダ", "ユウト"),
    ("村上", "恵", "ムラカミ", "メグミ"),
    ("近藤", "隆", "コンドウ", "タカシ"),
    ("石川", "結衣", "イシカワ", "ユイ"),
    ("坂本", "大樹", "サカモト", "ダイキ"),
    ("遠藤", "千尋", "エンドウ", "チヒロ"),
)
THIRD_TEMPLATES = (
    "紹介者の[[{sur} {given}|third]]さんと面談した。",
    "保護司の[[{sur}|third]]さんに報告書を渡す。",
    "長男 [[{given}|third]]は来春に進学予定。",
    "妻の[[{given}|third]]が同席した。",
    "担当の[[{sur}|third]]氏から仕様変更の連絡。",
    "[[{sur}|third]]先生の講演録を要約する。",
    "顧問の[[{sur}|third]]税理士に確認済み。",
    "（普）8830142 名義 [[{ksur} {kgiven}|third]] に返金する。",
    "[[{sur}{given}|third]]様より紹介を受けた。",
    "元上司の[[{sur} {given}|third]]氏が推薦者。",
    "[[{sur}|third]]部長の承認待ち。",
    "取材先は[[{sur} {given}|third]]さん（仮名ではない）。",
)
LATIN_THIRD = (
    "海外の取引先 [[John Smith|third]] 氏と通話した。",
    "レビューは [[Emily Clark|third]] さんが担当。",
    "[[Michael Brown|third]] からの紹介案件。",
    "翻訳者の [[Sarah Johnson|third]] に依頼済み。",
    "[[David Miller|third]]さんに英語版を送る。",
    "共同研究者 [[Anna Schmidt|third]] と連名。",
    "[[Tanaka Yuki|third]] 名義の請求書。",
    "先方の窓口は [[K. Yoshida|third]] です。",
    "口座名義 [[ヤマダ タロウ|third]] 宛に返金。",
    "妻の[[桜|third]]も同席した。",
)


def _third_party_cases() -> list[str]:
    cases = []
    for number, template in enumerate(THIRD_TEMPLATES):
        for offset in (0, 7, 13):
            sur, given, ksur, kgiven = THIRD_PARTIES[(number + offset) % len(THIRD_PARTIES)]
            cases.append(template.format(sur=sur, given=given, ksur=ksur, kgiven=kgiven))
    return cases + list(LATIN_THIRD)


# -- special-care data ----------------------------------------------------------------------

CARE = (
    "相談者は[[うつ病で抗うつ薬を服用中|care]]。",
    "[[前科あり|care]]との申告があった。",
    "本人は[[統合失調症|care]]の診断を受けている。",
    "[[双極性障害|care]]で通院しているとのこと。",
    "先月[[乳がん|care]]の手術を受けた。",
    "[[糖尿病|care]]のためインスリン注射が必要。",
    "[[身体障害者手帳|care]]（2級）を所持。",
    "[[療育手帳|care]]の更新手続きを手伝う。",
    "[[ADHD|care]]の傾向があると話していた。",
    "[[適応障害|care]]で休職中。",
    "過去に[[逮捕|care]]されたことがある。",
    "[[執行猶予|care]]中であると聞いた。",
    "息子が[[少年院|care]]を出たばかり。",
    "[[保護観察|care]]の期間は来年まで。",
    "[[DV被害|care]]のため住所は非公開。",
    "[[ストーカー被害|care]]で警察に相談済み。",
    "信仰する宗教は[[キリスト教|care]]。",
    "[[創価学会|care]]の会合に出ている。",
    "[[パニック障害|care]]があり電車に乗れない。",
    "健康診断で[[高血圧|care]]を指摘された。",
    "[[人工透析|care]]を週3回受けている。",
    "[[心療内科|care]]に月1回通っている。",
    "[[睡眠薬|care]]がないと眠れないそうだ。",
    "[[HIV|care]]陽性であることを打ち明けられた。",
    "[[認知症|care]]の母を介護している。",
    "[[発達障害|care]]の診断書を提出。",
    "[[てんかん|care]]の発作に注意。",
    "[[自閉スペクトラム症|care]]と診断済み。",
    "[[アルコール依存症|care]]の治療歴あり。",
    "[[起訴|care]]されたが現在は保釈中。",
    "[[有罪判決|care]]を受けたことがある。",
    "[[被害届|care]]を提出したとのこと。",
    "[[生活保護|care]]を受給している。",
    "[[被差別部落|care]]出身であることを気にしている。",
    "[[精神障害者保健福祉手帳|care]]を取得した。",
    "[[抗不安薬|care]]を処方されている。",
    "[[脳梗塞|care]]の後遺症で右手が不自由。",
    "[[摂食障害|care]]の既往がある。",
    "[[不妊治療|care]]のため平日午前は不可。",
    "[[白血病|care]]の治療が終わった。",
    "[[抗精神病薬|care]]の副作用で眠気が強い。",
    "[[書類送検|care]]された経緯を説明された。",
    "[[家庭裁判所|care]]の審判に付き添う。",
    "[[性犯罪の被害|care]]について相談を受けた。",
    "[[C型肝炎|care]]の治療中。",
    "[[喘息|care]]の持病があるため在宅勤務。",
    "[[要介護3|care]]の認定を受けた。",
    "[[車椅子|care]]を使っているので会場は1階に。",
    "[[抗がん剤|care]]治療で髪が抜けた。",
    "[[服役|care]]していた期間は職歴に空白がある。",
    "[[不安障害|care]]があり対面は避けたいとのこと。",
    "[[知的障害|care]]のある弟の後見人。",
    "[[精神科|care]]の主治医の意見書を添付。",
    "[[カウンセリング|care]]を受けていると話した。",
    "[[イスラム教|care]]のため食事に配慮が必要。",
    "支持政党は[[共産党|care]]だと話していた。",
    "[[在日韓国人|care]]であることを伏せてほしいとのこと。",
    "[[児童虐待|care]]の被害を受けて保護された。",
    "[[前歴|care]]があることを告げられた。",
    "[[うつ状態|care]]との診断書が出ている。",
)


# -- identifiers ------------------------------------------------------------------------------

BANK = (
    "振込先：[[みずほ銀行 渋谷支店 普通 1234567|bank]]",
    "[[三菱UFJ銀行 新宿支店 当座 7654321|bank]]へお振込みください。",
    "口座は[[城南信用金庫 蒲田支店 普通預金 0012345|bank]]です。",
    "[[ゆうちょ銀行 記号 10120 番号 12345671|bank]]に入金。",
    "[[ゆうちょ 12345-67891231|bank]]宛に送金した。",
    "返金は[[（普）8830142|bank]]で。",
    "[[りそな銀行 池袋支店（普）3344556|bank]]",
    "[[楽天銀行 第一営業支店 普通 7001234|bank]]へ。",
    "[[三井住友銀行 梅田支店 普通口座 4455667|bank]]",
    "口座番号 [[2233445|bank]]（普通）に振り込む。",
    "[[横浜銀行 本店営業部 普通 1122334|bank]]",
    "[[京都中央信用金庫 四条支店 当座 9988776|bank]]",
    "[[PayPay銀行 ビジネス営業部 普通 5566778|bank]]",
    "[[ゆうちょ銀行 〇一八支店 普通 6677889|bank]]",
    "[[（当）1029384|bank]]宛の小切手。",
    "[[住信SBIネット銀行 法人第一支店 普通 3021456|bank]]",
    "[[北洋銀行 札幌駅前支店 普通 8765432|bank]]",
    "振込先口座：[[普通 3456789|bank]]",
    "[[ゆうちょ 記号14050 番号23456781|bank]]",
    "[[ＧＭＯあおぞらネット銀行 法人営業部 普通 1357913|bank]]",
    "[[静岡銀行 浜松支店 普通預金 2468024|bank]]",
    "[[西武信用金庫 中野支店（普）1928374|bank]]",
    "[[みずほ銀行 本郷支店 普通 ７６５４３２１|bank]]",
    "[[ソニー銀行 本店 普通 6070809|bank]]",
    "[[千葉銀行 船橋支店 当座預金 1112223|bank]]",
    "[[ゆうちょ銀行 記号 10390-番号 55566677|bank]]",
    "[[りそな銀行 大宮支店 普通 4443332|bank]]",
    "[[福岡銀行 天神支店 普通 5554443|bank]]",
    "[[イオン銀行 本店 普通 7778889|bank]]",
    "[[巣鴨信用金庫 本店 普通 3332221|bank]]",
)
ADDRESS = (
    "[[文京区本郷5-12-4-305|address]]に書類を郵送。",
    "住所は[[東京都世田谷区北沢2丁目10番15号|address]]です。",
    "[[大阪市北区梅田1-2-3 梅田ビル805号室|address]]",
    "[[横浜市中区山下町12-3|address]]の事務所。",
    "[[札幌市中央区北一条西2丁目1番地|address]]",
    "[[名古屋市中村区名駅3丁目25番9号|address]]に移転。",
    "[[福岡市博多区博多駅前2-19-24|address]]",
    "自宅は[[川崎市高津区溝口1-8-2 ハイツ溝口201|address]]。",
    "[[さいたま市浦和区高砂3-14-21|address]]",
    "[[千葉市美浜区中瀬1-3|address]]の会場。",
    "[[神戸市中央区三宮町1丁目5-26|address]]",
    "[[京都市左京区吉田本町36-1|address]]",
    "[[渋谷区神南1-19-11-802|address]]へ納品。",
    "[[仙台市青葉区一番町4丁目7番17号|address]]",
    "[[広島市中区紙屋町2-2-2|address]]",
    "[[杉並区阿佐谷南3-35-5 コーポ阿佐谷102号室|address]]",
    "[[武蔵野市吉祥寺本町1-11-5|address]]",
    "[[北海道旭川市4条通8丁目|address]]",
    "[[練馬区豊玉北5-17-12|address]]",
    "[[港区六本木6-10-1 六本木ヒルズ森タワー40階|address]]",
    "[[沖縄県那覇市久茂地1-1-1|address]]",
    "[[藤沢市湘南台2-8-14|address]]に転居。",
    "[[品川区大井1丁目14番1号|address]]",
    "[[静岡市葵区追手町9-6|address]]",
    "[[金沢市広坂1-1-1|address]]",
    "[[中野区中央4-11-13-1203|address]]",
    "[[熊本市中央区手取本町1-1|address]]",
    "[[松山市一番町4丁目4-2|address]]",
    "転居先は[[本郷3-2-1-402|address]]とのこと。",
    "[[西新宿二丁目|address]]の事務所に移った。",
)
POSTAL = (
    "[[〒113-0033|postal]] 東京都文京区",
    "[[〒1500001|postal]]",
    "郵便番号 [[1600023|postal]]",
    "[[〒 530-0001|postal]] 大阪市北区",
    "[[〒060-0001|postal]]",
    "[[〒９８０－０８１１|postal]]",
    "郵便番号：[[231-0023|postal]]",
    "[[〒812-0012|postal]] 福岡市博多区",
    "[[〒105-0011|postal]]",
    "[[〒２１０－０００７|postal]] 川崎市",
    "[[〒460-0008|postal]]",
    "[[〒650-0001|postal]] 神戸市",
    "[[〒730-0011|postal]]",
    "[[〒900-0015|postal]] 那覇市",
    "[[〒330-0063|postal]]",
    "[[〒251-0052|postal]] 藤沢市",
    "[[〒602-8570|postal]]",
    "[[〒980-8671|postal]]",
    "[[〒162-0801|postal]] 新宿区",
    "郵便番号[[104-0061|postal]]",
)
DOB = (
    "[[1952年（昭和27年）4月10日|dob]]生まれ。",
    "[[昭和58年6月3日|dob]]生",
    "生年月日：[[平成元年1月8日|dob]]",
    "[[1985/03/12|dob]]生まれの男性。",
    "DOB: [[1990-07-21|dob]]",
    "[[S62.11.2|dob]]生",
    "生年月日 [[H3.5.14|dob]]",
    "[[令和2年2月29日|dob]]生まれの長女。",
    "誕生日は[[1978年9月30日|dob]]。",
    "[[昭和元年12月30日|dob]]生まれの祖母。",
    "[[大正14年3月1日|dob]]生",
    "生年月日: [[1961年1月1日|dob]]",
    "[[平成12年（2000年）8月15日|dob]]生まれ",
    "born on [[12 March 1988|dob]]",
    "[[明治45年7月29日|dob]]生まれ",
    "[[1999年12月31日|dob]]生まれ、26歳。",
    "誕生日：[[2月14日|dob]]",
    "[[Aug 3, 1975|dob]] 生まれ",
    "生年月日は[[昭和50年10月10日|dob]]です。",
    "[[２００１年４月１日|dob]]生",
    "[[1970.5.5|dob]]生まれ",
    "[[平成8年11月22日|dob]]生まれの次男。",
    "誕生日 [[2004/2/9|dob]]",
    "[[昭和45年（1970年）3月14日|dob]]生",
    "[[H10.10.10|dob]]生まれ",
    "[[令和元年5月1日|dob]]生まれ",
    "DOB [[03/15/1992|dob]]",
    "[[1988年4月2日|dob]]生まれの妻。",
    "[[1980年|dob]]生まれの男性。",
)
EMAIL = (
    "連絡先は[[sakai★example.co.jp|email]]。",
    "[[taro.yamamoto＠example.com|email]] 宛に送付。",
    "[[hanako[at]example.jp|email]]へ。",
    "[[k-ito(at)example.ne.jp|email]]",
    "[[info_ono ☆ example.org|email]]",
    "[[mori.eri@example.net|email]]",
    "[[ｋｏｂａｙａｓｈｉ＠ｅｘａｍｐｌｅ．ｊｐ|email]]",
    "[[suzuki1975 at example dot com|email]]",
    "[[nakamura（アットマーク）example.co.jp|email]]",
    "[[TAKADA@EXAMPLE.JP|email]]",
    "[[a.sato [at] example [dot] com|email]]",
    "[[user+tag@example.com|email]]",
    "[[hase_ryo@example.ac.jp|email]]",
    "[[okazaki.m★example.co.jp|email]]",
    "[[watanabe-sho＠example.com|email]]",
    "[[kenji.s (at) example.jp|email]]",
    "[[tomo@ex-ample.jp|email]]",
    "[[miwa_t@example.co.jp|email]]",
    "[[info@design-office.example|email]]",
    "[[r.takahashi@example.com|email]]",
    "[[yamada.h＠example.ne.jp|email]]",
    "[[contact★example.jp|email]]",
    "[[d.nakamura@example.org|email]]",
    "[[hina.k[at]example.com|email]]",
    "[[sawada(at)example.co.jp|email]]",
)
PHONE = (
    "鈴木さん（[[090-1234-5678|phone]]）",
    "携帯 [[080-9876-5432|phone]]",
    "[[03-1234-5678|phone]]へ折り返し。",
    "[[０９０－１１１１－２２２２|phone]]",
    "[[(03)3456-7890|phone]]",
    "[[06-6345-1234|phone]]",
    "[[+81-90-2345-6789|phone]]",
    "[[070 3456 7890|phone]]",
    "[[09012345678|phone]]",
    "[[0120-123-456|phone]]",
    "[[045-222-3333|phone]]",
    "[[0466(22)1234|phone]]",
    "[[+81 3 1234 5678|phone]]",
    "[[080.1111.3333|phone]]",
    "担当（[[090-5555-6666|phone]]）まで。",
    "[[011-123-4567|phone]]",
    "[[092-711-4111|phone]]",
    "[[050-1234-5678|phone]]",
    "[[（０３）１２３４－９８７６|phone]]",
    "[[090ー2222ー4444|phone]]",
    "[[0570-000-111|phone]]",
    "[[048-829-1111|phone]]",
    "[[052-961-1111|phone]]",
    "[[075-222-3111|phone]]",
    "[[080-2020-3030|phone]]",
    "[[0422-22-1234|phone]]",
    "[[070-8888-1212|phone]]",
    "[[+1 415 555 0100|phone]]",
    "[[03 5555 0000|phone]]",
    "[[090 8765 4321|phone]]",
)
MY_NUMBER = (
    "マイナンバー [[123456789018|mynumber]]",
    "個人番号：[[1234 5678 9018|mynumber]]",
    "[[123456789018|mynumber]]を控えた。",
    "マイナンバーは[[１２３４５６７８９０１８|mynumber]]",
    "個人番号 [[1234-5678-9018|mynumber]]",
)

# Written apart from the detectors (issue 13, a later session), after the probes written
# the session before found Kyoto street addresses, bare initials and compound names:
# each kind above again in other words, then fixed in general ways (not by these texts).
PROBES = (
    "議事録の署名欄は[[I.S.|name]]とだけあった。",
    "承認印の横に[[K. S.|name]]のサイン。",
    "[[R.T.|name]]さんの資料を転送。",
    "差出人欄に[[M.O.|name]]と書かれていた。",
    "[[岡﨑|name]]専務と会食。",
    "[[さわだ けんじ|name]]様",
    "[[Takahashi R.|name]] 宛。",
    "[[京都市中京区河原町通三条上る恵比須町427|address]]に届けた。",
    "事務所は[[下京区烏丸通七条下る東塩小路町721-1|address]]です。",
    "[[上京区今出川通寺町西入大原口町215|address]]の町家。",
    "[[中京区堺町通蛸薬師下る|address]]の店舗で打ち合わせ。",
    "[[東山区大和大路通四条下る小松町|address]]の寺。",
    "[[豊島区南池袋2丁目45番3号|address]]の会議室。",
    "[[熊谷市筑波2-115|address]]へ発送。",
    "主治医の[[江口|third]]先生から紹介状をもらった。",
    "民生委員の[[富田 幸子|third]]さんが同行。",
    "娘の[[陽葵|third]]ちゃんの写真は使わない。",
    "叔父の[[浩二|third]]さんが保証人。",
    "看護師の[[早川 由美|third]]から説明。",
    "[[先月から適応障害で休職中|care]]とのこと。",
    "[[障害者手帳2級を持っている|care]]ので配慮が必要。",
    "以前[[万引きで逮捕された|care]]ことがある。",
    "[[帝王切開で出産した|care]]。",
    "[[三井住友銀行 渋谷支店 当座 1234567|bank]]",
    "振込先：[[ゆうちょ銀行 記号10120 番号12345671|bank]]",
    "[[みずほ銀行 新宿支店（普通）0012345|bank]]へ入金。",
    "[[昭和六十年五月五日|dob]]生まれ。",
    "生年月日：[[昭和五十二年十一月三日|dob]]",
    "[[R2.4.1|dob]]生の次女。",
    "連絡は[[tanaka.m◆example.com|email]]まで。",
    "[[kobayashi.h■example.net|email]]",
    "[[090（1234）5678|phone]]に電話。",
    "TEL:[[０３（３２１２）５６７８|phone]]",
    "[[080（9999）0000|phone]]まで連絡。",
)
# Left redacted on purpose: 佐藤錦 and 山田錦 (rice, cherries) read exactly as a held
# surname and a one-kanji given name (田中翼), and a leak costs more than a variety's name.

# -- harmless phrases ---------------------------------------------------------------------------

CONTROLS = (
    "高田馬場駅",
    "中村橋駅",
    "岡崎市",
    "渡辺通駅",
    "鈴木町駅",
    "小林駅",
    "高橋",  # 日本橋 aside, a bridge in a sentence
    "山田うどん",
    "佐藤錦",
    "森ノ宮駅",
    "高田馬場",
    "長谷川町",
    "齋藤ビル",
    "澤田屋",
    "高木町",
    "あいにく",
    "まことに",
    "しょうがない",
    "れんらく",
    "みわたす",
    "ともかく",
    "さとうを控える",
    "いちろうどう",
    "あいさつ",
    "まゆみ弓",
    "けんじつ",
    "はなこと",
    "2026年4月10日",
    "令和8年4月1日締切",
    "3月15日",
    "平成31年3月末",
    "昭和の頃",
    "2025年12月25日納品",
    "2026/05/01",
    "12,000円",
    "1,234,567円",
    "1234567円",
    "振込手数料440円",
    "¥98,000",
    "10:30",
    "14時30分",
    "9時〜18時",
    "午後3時",
    "30分",
    "第2四半期",
    "3丁目の喫茶店",
    "お客様",
    "皆様",
    "先生方",
    "社長室",
    "担当者",
    "駅前",
    "池袋駅東口",
    "新宿御苑",
    "渋谷区役所",
    "請求書番号 INV-2026-0412",
    "見積番号 20260410",
    "定価 3,980円",
    "会議室 305",
    "ver 2.1.3",
    "5名",
    "100ページ",
    "Google Meet",
    "Microsoft Teams",
    # written with PROBES
    "大通りを下る",
    "交通費が下がる見込み",
    "U.S.の規格",
    "鈴木自動車の工場",
    "小林製作所の見積もり",
    "岡崎城",
    "平成三十年四月一日施行",
    "二〇二五年度の計画",
    "15時45分",
    "第3回の会議",
    "IS部門",
    "森の中",
)
CONTROL_FRAMES = ("{}で待ち合わせ。", "{}の件、承知しました。")


# -- parsing ------------------------------------------------------------------------------------

_MARK = re.compile(r"\[\[(.+?)\|(\w+)\]\]")


@dataclass(frozen=True)
class Case:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # start, end, category


def parse(marked: str) -> Case:
    spans = []
    out = []
    position = length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[position : m.start()])
        length += m.start() - position
        out.append(m.group(1))
        spans.append((length, length + len(m.group(1)), m.group(2)))
        length += len(m.group(1))
        position = m.end()
    out.append(marked[position:])
    return Case("".join(out), tuple(spans))


def cases() -> list[Case]:
    marked = [
        *_known_name_cases(),
        *_third_party_cases(),
        *CARE,
        *BANK,
        *ADDRESS,
        *POSTAL,
        *DOB,
        *EMAIL,
        *PHONE,
        *MY_NUMBER,
        *PROBES,
    ]
    return [parse(m) for m in marked]


def controls() -> list[Case]:
    """Each control phrase in a frame, its span labelled `control`."""
    out = []
    for number, phrase in enumerate(CONTROLS):
        frame = CONTROL_FRAMES[number % len(CONTROL_FRAMES)]
        text = frame.format(phrase)
        start = text.index(phrase)
        out.append(Case(text, ((start, start + len(phrase), "control"),)))
    return out


# -- scoring ----------------------------------------------------------------------------------


def covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    """Every character of text[start:end] but spaces lies in one of `spans`."""
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def touched(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass(frozen=True)
class Score:
    """Per category: spans fully redacted and spans in all; controls touched of all."""

    found: dict[str, int]
    total: dict[str, int]
    missed: dict[str, list[str]]

    def recall(self, category: str) -> float:
        return self.found[category] / self.total[category]


def score(find: Callable[[str], list[tuple[int, int]]]) -> Score:
    """Run `find` (a text → its redacted spans) over every case and every control."""
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    missed: dict[str, list[str]] = {}
    for case in [*cases(), *controls()]:
        spans = find(case.text)
        for start, end, category in case.spans:
            total[category] = total.get(category, 0) + 1
            bad = category == "control"
            hit = touched(spans, start, end) if bad else covered(spans, start, end, case.text)
            if hit != bad:
                found[category] = found.get(category, 0) + 1
            else:
                missed.setdefault(category, []).append(case.text)
    person = ("name", "third")
    for key in ("all", "person"):
        chosen = [c for c in total if c != "control" and (key == "all" or c in person)]
        total[key] = sum(total[c] for c in chosen)
        found[key] = sum(found.get(c, 0) for c in chosen)
    for category in total:
        found.setdefault(category, 0)
    return Score(found, total, missed)
