"""What to tell the client about opening a bundle, in the client's language, ready to paste
into the mail that carries it. It never holds the passphrase: that goes by phone or SMS."""

from __future__ import annotations

from vault.sharing.bundle import PDF_FILES_LIMIT, BundleFormat
from vault.sharing.delivery import DeliveryMode
from vault.sharing.report import Language

_PDF = {
    Language.JA: (
        "添付の PDF ファイル「{file}」はパスワードで保護されています。"
        "Adobe Acrobat Reader、Microsoft Edge、Google Chrome、Mac のプレビューなど、"
        "普段お使いの PDF ビューアで開けます。開くときにパスワードを求められますので、"
        "別途お電話または SMS でお伝えするパスワードを入力してください。\n"
        "資料の CSV ファイルと添付ファイルは PDF の中にあります。"
        "PDF ビューアの添付ファイル欄 (クリップのアイコン) から開いてください。"
    ),
    Language.EN: (
        "The attached PDF file “{file}” is protected with a password. It opens in the "
        "PDF viewer you already use (Adobe Acrobat Reader, Microsoft Edge, Google Chrome, "
        "Preview on a Mac). When it asks for the password, type the one I will give you "
        "by phone or SMS.\n"
        "The CSV files and the other files are inside the PDF: open them from the "
        "viewer's attachments panel (the paper-clip icon)."
    ),
}
_AGE_HOW = {
    DeliveryMode.PASSPHRASE: {
        Language.JA: (
            "開くには age (https://age-encryption.org) が必要です。"
            "「age -d -o bundle.zip {file}」を実行し、別途お電話または SMS でお伝えする"
            "パスワードを入力してください。"
        ),
        Language.EN: (
            "To open it you need age (https://age-encryption.org): run "
            "“age -d -o bundle.zip {file}” and type the password I will give you by phone "
            "or SMS."
        ),
    },
    DeliveryMode.AGE: {
        Language.JA: (
            "お知らせいただいた age の公開鍵あてに暗号化しています。"
            "「age -d -i (あなたの鍵ファイル) -o bundle.zip {file}」で開けます。"
        ),
        Language.EN: (
            "It is encrypted to the age public key you gave me: open it with "
            "“age -d -i (your key file) -o bundle.zip {file}”."
        ),
    },
}
_AGE = {
    Language.JA: (
        "添付の「{file}」は age 形式で暗号化したファイルです。{how}\n"
        "出てきた ZIP ファイルを展開すると、report.pdf に内容と確認方法の説明があります。"
    ),
    Language.EN: (
        "The attached file “{file}” is encrypted with age. {how}\n"
        "Unzip the result: report.pdf in it describes the contents and how to check them."
    ),
}


def how_to_open(
    bundle_format: BundleFormat, mode: DeliveryMode, file_name: str, language: Language
) -> str:
    """A short note for the mail: which program opens the file, where the files are, and
    that the passphrase comes separately."""
    if bundle_format is BundleFormat.PDF:
        return _PDF[language].format(file=file_name)
    how = _AGE_HOW[mode][language].format(file=file_name)
    return _AGE[language].format(file=file_name, how=how)


def pdf_files_limit_mb() -> int:
    """The stated limit on the files a PDF carries, in MB as people read it."""
    return PDF_FILES_LIMIT // (1024 * 1024)
