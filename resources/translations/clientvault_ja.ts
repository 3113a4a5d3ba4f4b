<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClientVault</source>
        <translation>ClientVault について</translation>
    </message>
    <message>
        <source>ClientVault {version}
Vault format {format}
Qt {qt}, PySide6 {pyside}</source>
        <translation>ClientVault {version}
保管庫の形式 {format}
Qt {qt}、PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Components inside the app and their licences:</source>
        <translation>アプリに含まれるコンポーネントとそのライセンス:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>コンポーネントとライセンス</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo vault with made-up clients. Password: {password}</source>
        <translation>デモ用の保管庫です（クライアントは架空のものです）。パスワード: {password}</translation>
    </message>
    <message>
        <source>Making the demo vault with made-up clients…</source>
        <translation>架空のクライアントでデモ用の保管庫を作成しています…</translation>
    </message>
    <message>
        <source>demo vault</source>
        <translation>デモ用の保管庫</translation>
    </message>
    <message>
        <source>{vault} — ClientVault</source>
        <translation>{vault} — ClientVault</translation>
    </message>
    <message>
        <source>{vault} (locked) — ClientVault</source>
        <translation>{vault}（ロック中） — ClientVault</translation>
    </message>
    <message>
        <source>{vault} (no vault yet) — ClientVault</source>
        <translation>{vault}（保管庫はまだありません） — ClientVault</translation>
    </message>
    <message>
        <source>The vault locked while it was being re-keyed, before its new recovery key was kept. If the re-key finished, the old recovery key no longer works: re-key again (Vault menu) to get a recovery key you keep.</source>
        <translation>鍵の再生成中、新しい回復キーを保管する前に保管庫がロックされました。鍵の再生成が完了していた場合、古い回復キーはもう使えません。もう一度鍵を再生成して（「保管庫」メニュー）、新しい回復キーを保管してください。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>Your vault was created, but its recovery key was not confirmed as kept. Re-key the vault (Vault menu) to get a new recovery key, and keep that one offline.</source>
        <translation>保管庫は作成されましたが、回復キーを保管したことが確認されていません。保管庫の鍵を再生成して（「保管庫」メニュー）新しい回復キーを取得し、オフラインで保管してください。</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>{count} bytes</source>
        <translation>{count} バイト</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop files here to attach them; they are kept encrypted in the vault.</source>
        <translation>ここにファイルをドロップすると添付できます。添付したファイルは保管庫内で暗号化して保管されます。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>復号したコピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Open with the system &amp;viewer…</source>
        <translation>システムのビューアーで開く(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>列の対応付け(&amp;C)…</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>ファイルの操作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>今すぐ削除</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>Folders cannot be attached, only files: {names}. Open the folder and attach the files in it.</source>
        <translation>フォルダーは添付できません（添付できるのはファイルだけです）: {names}。フォルダーを開いて、中のファイルを添付してください。</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {count})…</source>
        <translation>{name} を添付しています（{number} / {count}）…</translation>
    </message>
    <message>
        <source>Cancelled. Files attached before that: {count}.</source>
        <translation>キャンセルしました。それまでに添付したファイル: {count} 件</translation>
    </message>
    <message>
        <source>Files attached: {count}.</source>
        <translation>添付したファイル: {count} 件</translation>
    </message>
    <message>
        <source>These files were not attached:
{lines}</source>
        <translation>次のファイルは添付されませんでした:
{lines}</translation>
    </message>
    <message>
        <source>Wait for the file being transferred, or cancel it, then try again.</source>
        <translation>転送中のファイルの処理が終わるまで待つか、転送をキャンセルしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>システムのビューアーで開く</translation>
    </message>
    <message>
        <source>No program on this computer opens this type of file; the unencrypted copy was deleted again.</source>
        <translation>この端末には、この種類のファイルを開けるプログラムがありません。書き出した暗号化されていないコピーは削除しました。</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>復号したコピーを保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This writes an unencrypted copy of {name} outside the vault. Anyone who can open the folder you choose can read it, and ClientVault will not delete it. The export is recorded in the vault&apos;s audit log.</source>
        <translation>{name} の暗号化されていないコピーを保管庫の外に書き出します。選んだフォルダーを開ける人は誰でもその内容を読むことができ、ClientVault はこのコピーを削除しません。この書き出しは保管庫の監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>暗号化されていないコピーを保存</translation>
    </message>
    <message>
        <source>Saving a decrypted copy of {name}…</source>
        <translation>{name} の復号したコピーを保存しています…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy: {path}</source>
        <translation>暗号化されていないコピーを保存しました: {path}</translation>
    </message>
    <message>
        <source>To open {name} in another program, ClientVault must write an unencrypted copy of it to a private temporary folder. The copy is deleted when the vault locks and when ClientVault quits, but the other program may keep copies of its own (recent files, thumbnails, autosave). The copy is recorded in the audit log.</source>
        <translation>{name} をほかのプログラムで開くには、ClientVault が暗号化されていないコピーを非公開の一時フォルダーに書き出す必要があります。このコピーは保管庫がロックされたときと ClientVault の終了時に削除されますが、ほかのプログラムが独自にコピーを残すことがあります（最近使ったファイル、サムネイル、自動保存など）。このコピーは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Write an unencrypted copy and open it</source>
        <translation>暗号化されていないコピーを書き出して開く</translation>
    </message>
    <message>
        <source>Writing an unencrypted copy of {name}…</source>
        <translation>{name} の暗号化されていないコピーを書き出しています…</translation>
    </message>
    <message>
        <source>Opened an unencrypted copy: {path}</source>
        <translation>暗号化されていないコピーを開きました: {path}</translation>
    </message>
    <message>
        <source>Unencrypted copies on disk: {count}</source>
        <translation>ディスク上の暗号化されていないコピー: {count} 件</translation>
    </message>
    <message>
        <source>Unencrypted copies</source>
        <translation>暗号化されていないコピー</translation>
    </message>
    <message>
        <source>These copies could not be deleted; close the programs showing them and try again:
{paths}</source>
        <translation>次のコピーを削除できませんでした。コピーを表示しているプログラムを閉じてから、もう一度お試しください:
{paths}</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>添付ファイルの削除</translation>
    </message>
    <message>
        <source>Delete {name} from the vault? This cannot be undone.</source>
        <translation>{name} を保管庫から削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a folder</source>
        <translation>フォルダーにバックアップ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault; it opens with the password the vault had when it was made. Keep one on a drive away from this computer.</source>
        <translation>バックアップは保管庫全体を暗号化したコピーで、作成した時点の保管庫のパスワードで開きます。この端末とは別のドライブにも 1 つ保管しておいてください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>バックアップの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>バックアップをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>バックアップをキャンセル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Backups to keep in each folder</source>
        <translation>フォルダーごとに残すバックアップの数</translation>
    </message>
    <message>
        <source>After a new backup, older ones in the same folder beyond this number go.</source>
        <translation>新しいバックアップを作成すると、同じフォルダー内でこの数を超えた古いバックアップは削除されます。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>新しい順に残す数(&amp;K):</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>今すぐバックアップ(&amp;U)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Into {folder}</source>
        <translation>保存先: {folder}</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>フォルダーにバックアップ(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>選択したバックアップを復元</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>The files could not be read or written: {reason}</source>
        <translation>ファイルを読み書きできませんでした: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>問題が発生しました（{kind}）。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>バックアップを作成しました: {path}</translation>
    </message>
    <message>
        <source>Replace everything in the vault with the backup of {created}? What was added or changed since then is lost. Erasures made since are applied again, so erased data does not come back. The vault then locks: unlock it with the password this backup was made with.</source>
        <translation>保管庫の内容をすべて {created} のバックアップで置き換えますか？それ以降に追加・変更した内容は失われます。それ以降に行った消去はもう一度適用されるため、消去したデータは戻りません。その後、保管庫はロックされます。このバックアップを作成したときのパスワードでロックを解除してください。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restoring… Keep ClientVault open.</source>
        <translation>復元しています… ClientVault を閉じないでください。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <source>The vault now holds the backup of {created}. It is locked: unlock it with the password this backup was made with.</source>
        <translation>保管庫を {created} のバックアップの内容に戻しました。保管庫はロックされています。このバックアップを作成したときのパスワードでロックを解除してください。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem} The vault is as it was, but it was closed: unlock it again with its current password.</source>
        <translation>何も復元していません: {problem} 保管庫は元のままですが、閉じられました。現在のパスワードでもう一度ロックを解除してください。</translation>
    </message>
    <message>
        <source>That is not the password this backup was made with. Nothing was restored.</source>
        <translation>このバックアップを作成したときのパスワードではありません。何も復元していません。</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Not reachable</source>
        <translation>アクセスできません</translation>
    </message>
    <message>
        <source>Available (old keys)</source>
        <translation>利用可（古い鍵）</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>The folder {path} cannot be reached: plug in its drive to restore from it.</source>
        <translation>フォルダー {path} にアクセスできません。このフォルダーから復元するには、そのドライブを接続してください。</translation>
    </message>
    <message>
        <source>Made before the vault was re-keyed: it opens only with the password or recovery key from before the re-key, and holds the data under the old keys. Make a new backup, and delete this one when you no longer need it. {path}</source>
        <translation>保管庫の鍵を再生成する前に作成されたバックアップです。再生成前のパスワードまたは回復キーでしか開けず、データは古い鍵で暗号化されたままです。新しいバックアップを作成し、不要になったらこのバックアップを削除してください。{path}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Type the password the vault had when this backup was made ({created}). After restoring, the vault locks: unlock it with this same password.</source>
        <translation>このバックアップを作成したとき（{created}）の保管庫のパスワードを入力してください。復元後は保管庫がロックされるので、同じパスワードでロックを解除してください。</translation>
    </message>
    <message>
        <source>The backup&apos;s password</source>
        <translation>バックアップのパスワード</translation>
    </message>
    <message>
        <source>The backup&apos;s &amp;password:</source>
        <translation>バックアップのパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>続行(&amp;C)…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>1 day ago</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count}日前</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1時間前</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count}時間前</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1分前</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count}分前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最終バックアップ</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>最終バックアップ: なし</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>最終バックアップ: {age}</translation>
    </message>
    <message>
        <source>(the scheduled backup failed)</source>
        <translation>（予定のバックアップに失敗しました）</translation>
    </message>
    <message>
        <source>No recent backup. Make one in Vault &gt; Backups, or set a schedule in Settings.</source>
        <translation>最近のバックアップがありません。「保管庫」&gt;「バックアップ」で作成するか、「設定」で予定を設定してください。</translation>
    </message>
</context>
<context>
    <name>BundleFileModel</name>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Re-key the vault</source>
        <translation>保管庫の鍵の再生成</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Re-&amp;key the vault</source>
        <translation>保管庫の鍵を再生成(&amp;K)</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>パスワードを変更(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>Re-key replaces every key in the vault. Your recovery key changes: the old one stops working. Use it if you think someone has seen your password or recovery key. A large vault can take a while.</source>
        <translation>鍵の再生成では、保管庫のすべての鍵を置き換えます。回復キーも変わり、古い回復キーは使えなくなります。パスワードや回復キーを他人に見られたおそれがある場合に実行してください。大きな保管庫では時間がかかることがあります。</translation>
    </message>
    <message>
        <source>You unlocked with the recovery key; choose a new password.</source>
        <translation>回復キーでロックを解除しました。新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</source>
        <translation>複数の単語をつなげたパスフレーズが最も覚えやすく、記号よりも長さが重要です。8 文字以上、できれば 15 文字以上にしてください。日本語も使えます。</translation>
    </message>
    <message>
        <source>Re-keying the vault</source>
        <translation>保管庫の鍵を再生成しています</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>パスワードを変更しています</translation>
    </message>
    <message>
        <source>Re-keying the vault… A large vault can take a while. Keep ClientVault open.</source>
        <translation>保管庫の鍵を再生成しています… 大きな保管庫では時間がかかることがあります。ClientVault を閉じないでください。</translation>
    </message>
    <message>
        <source>Changing the password… This takes a few seconds.</source>
        <translation>パスワードを変更しています… 数秒かかります。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>新しいパスワードが現在のパスワードと同じです。別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Cancelling the re-key… The vault keeps its current keys.</source>
        <translation>鍵の再生成を取り消しています… 保管庫は現在の鍵のままです。</translation>
    </message>
    <message>
        <source>The current password is wrong, so nothing was changed. Check Caps Lock and that Japanese input (IME) is off, then try again.</source>
        <translation>現在のパスワードが正しくないため、何も変更されていません。Caps Lock と日本語入力（IME）がオフになっていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This vault also needs a secret from this computer&apos;s keyring, and the keyring does not have it. Lock the vault, unlock it with the recovery key, then choose a new password.</source>
        <translation>この保管庫を開くには、この端末のキーリングに保存された秘密情報も必要ですが、キーリングに見つかりません。保管庫をロックし、回復キーでロックを解除してから、新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed: {reason}</source>
        <translation>保管庫の鍵を再生成できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The password could not be changed: {reason}</source>
        <translation>パスワードを変更できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed ({kind}).</source>
        <translation>保管庫の鍵を再生成できませんでした（{kind}）。</translation>
    </message>
    <message>
        <source>The password could not be changed ({kind}).</source>
        <translation>パスワードを変更できませんでした（{kind}）。</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>クライアントの追加</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>クライアントの編集</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>e.g. 株式会社サンプル or 田中 太郎</source>
        <translation>例: 株式会社サンプル、田中 太郎</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Reading in kana, e.g. やまだ たろう</source>
        <translation>かなで読み方（例: やまだ たろう）</translation>
    </message>
    <message>
        <source>Optional. The client list is in 50音 order by this reading.</source>
        <translation>任意。クライアント一覧はこの読みの50音順に並びます。</translation>
    </message>
    <message>
        <source>&amp;Furigana:</source>
        <translation>ふりがな(&amp;F):</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>1 行に 1 件ずつ入力</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>One number per line, e.g. 03-1234-5678</source>
        <translation>1 行に 1 件ずつ入力（例: 03-1234-5678）</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Ongoing (no end date)</source>
        <translation>継続中（終了日なし）</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>Personal data of this client is kept until 30 days after the contract ends.</source>
        <translation>このクライアントの個人データは、契約終了の 30 日後まで保存されます。</translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation>契約開始日(&amp;T):</translation>
    </message>
    <message>
        <source>Contract en&amp;d:</source>
        <translation>契約終了日(&amp;D):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>未保存の編集（下書き）から復元しました。</translation>
    </message>
    <message>
        <source>The client was changed elsewhere after this edit began; saving will ask whether to replace those changes.</source>
        <translation>この編集を始めた後に、クライアントがほかの場所で変更されました。保存するときに、その変更を置き換えるかどうかを確認します。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The client could not be saved because of an unexpected error.</source>
        <translation>予期しないエラーのため、クライアントを保存できませんでした。</translation>
    </message>
    <message>
        <source>E-mail addresses, line {line}: {problem}</source>
        <translation>メールアドレス（{line} 行目）: {problem}</translation>
    </message>
    <message>
        <source>Phone numbers, line {line}: {problem}</source>
        <translation>電話番号（{line} 行目）: {problem}</translation>
    </message>
    <message>
        <source>Retention dates</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>The contract period was saved. Records whose retention date changed: {count}</source>
        <translation>契約期間を保存しました。保存期限が変わった記録: {count} 件</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>ほかの場所で変更されています</translation>
    </message>
    <message>
        <source>This client was changed in another window after you opened it. Replace those changes with yours?</source>
        <translation>このクライアントは、開いた後に別のウィンドウで変更されました。その変更をこちらの内容で置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Not saved: this client was changed in another window after you opened it. Copy what you need, close this dialog and open the client again.</source>
        <translation>保存されていません: このクライアントは、開いた後に別のウィンドウで変更されました。必要な内容をコピーしてからこのダイアログを閉じ、クライアントを開き直してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard your changes to this client?</source>
        <translation>このクライアントへの変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Overdue: {date}</source>
        <translation>期限切れ: {date}</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録数</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Edit c&amp;lient…</source>
        <translation>クライアントの編集(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>クライアントの編集</translation>
    </message>
    <message>
        <source>Erase clien&amp;t…</source>
        <translation>クライアントの消去(&amp;T)…</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>クライアントの消去</translation>
    </message>
    <message>
        <source>Records and files</source>
        <translation>記録とファイル</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>記録(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>共有(&amp;S)</translation>
    </message>
    <message>
        <source>Share this client&apos;s data</source>
        <translation>このクライアントのデータを共有</translation>
    </message>
    <message>
        <source>Encrypted bundle for the client…</source>
        <translation>クライアント向けの暗号化バンドル…</translation>
    </message>
    <message>
        <source>Redacted bundle for others…</source>
        <translation>第三者向けの伏せ字バンドル…</translation>
    </message>
    <message>
        <source>Delivery setting…</source>
        <translation>受け渡し設定…</translation>
    </message>
    <message>
        <source>Return and erase (offboard)…</source>
        <translation>返却して消去（契約終了）…</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>記録の追加(&amp;N)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>記録の追加</translation>
    </message>
    <message>
        <source>Show records of kind</source>
        <translation>表示する記録の種類</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Filter this client&apos;s records</source>
        <translation>このクライアントの記録を絞り込み</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>記録の絞り込み</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録一覧</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>保存期間(&amp;R)…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>法的保全(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Erase record…</source>
        <translation>記録の消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Contract: {start} – ongoing</source>
        <translation>契約: {start} ～ 継続中</translation>
    </message>
    <message>
        <source>Contract: {start} – {end}</source>
        <translation>契約: {start} ～ {end}</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <source>Name of a person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>Furigana (reading)</source>
        <translation>フリガナ（読み）</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Special-care data (health, beliefs, criminal record …)</source>
        <translation>要配慮個人情報（健康、信条、犯罪歴など）</translation>
    </message>
    <message>
        <source>Columns of a dataset</source>
        <translation>データセットの列</translation>
    </message>
    <message>
        <source>About column maps</source>
        <translation>列の対応付けについて</translation>
    </message>
    <message>
        <source>Say which columns hold personal data, so that retention, redacted exports and the inventory know what this file holds. Special-care data is always removed from redacted exports.</source>
        <translation>個人データを含む列を指定してください。保存期間の管理、伏せ字バンドルのエクスポート、個人データの一覧で、このファイルに何が含まれているかがわかるようになります。要配慮個人情報は、伏せ字バンドルから常に削除されます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reading the header row…</source>
        <translation>見出し行を読み込んでいます…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the column map</source>
        <translation>列の対応付けを保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>What each column holds, as saved before.</source>
        <translation>以前に保存した各列の内容です。</translation>
    </message>
    <message>
        <source>Suggested from the column headers; check each column.</source>
        <translation>列の見出しから推測した内容です。各列を確認してください。</translation>
    </message>
    <message>
        <source>{number}. {header}</source>
        <translation>{number}. {header}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>個人データなし</translation>
    </message>
    <message>
        <source>What column {number} ({header}) holds</source>
        <translation>{number} 列目（{header}）の内容</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>見出しなし</translation>
    </message>
    <message>
        <source>A column without a header cannot be named in the map.</source>
        <translation>見出しのない列は対応付けできません。</translation>
    </message>
    <message>
        <source>The same header as column {number}: set it there.</source>
        <translation>{number} 列目と同じ見出しです。そちらで設定してください。</translation>
    </message>
    <message>
        <source>Only CSV files and Excel workbooks can have a column map.</source>
        <translation>列の対応付けを設定できるのは、CSV ファイルと Excel ブックだけです。</translation>
    </message>
    <message>
        <source>This workbook is too large to read its header row in memory; save the sheet as CSV and attach that.</source>
        <translation>このブックは大きすぎるため、メモリ上で見出し行を読み込めません。シートを CSV 形式で保存し、そのファイルを添付してください。</translation>
    </message>
    <message>
        <source>Special-care data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Columns no longer marked as special-care data: {count}. Redacted exports then no longer always remove them. Save anyway?</source>
        <translation>要配慮個人情報の指定を外した列: {count} 列。これらの列は、伏せ字バンドルから常に削除されるわけではなくなります。このまま保存しますか？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your ClientVault</source>
        <translation>ClientVault の保管庫を作成</translation>
    </message>
    <message>
        <source>&amp;Look around in a demo vault</source>
        <translation>デモ用の保管庫を見てみる(&amp;L)</translation>
    </message>
    <message>
        <source>Look around in a demo vault</source>
        <translation>デモ用の保管庫を見てみる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Next: create the vault</source>
        <translation>次へ: 保管庫を作成</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Backups by the operating system</source>
        <translation>OS によるバックアップ</translation>
    </message>
    <message>
        <source>Choose the password that opens your vault. A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</source>
        <translation>保管庫を開くためのパスワードを決めてください。複数の単語をつなげたパスフレーズが最も覚えやすく、記号よりも長さが重要です。8 文字以上、できれば 15 文字以上にしてください。日本語も使えます。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the vault&apos;s folder</source>
        <translation>保管庫のフォルダーを変更</translation>
    </message>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>保管庫の作成先: {folder}</translation>
    </message>
    <message>
        <source>This folder is inside a {service} folder. Sync apps can corrupt an open vault; choose a folder that is not synced.</source>
        <translation>このフォルダーは {service} のフォルダー内にあります。同期ソフトは開いている保管庫を壊すことがあります。同期されないフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>新しい保管庫のフォルダーを選択</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新しい保管庫</translation>
    </message>
    <message>
        <source>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</source>
        <translation>{folder} にはすでに保管庫があります。「保管庫」&gt;「保管庫を開く…」で開くか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Also require this &amp;device</source>
        <translation>この端末も必須にする(&amp;D)</translation>
    </message>
    <message>
        <source>Also require this device</source>
        <translation>この端末も必須にする</translation>
    </message>
    <message>
        <source>The vault then opens only on this computer, with your password. Anywhere else, or if this computer is replaced, only the recovery key opens it.</source>
        <translation>保管庫は、この端末でパスワードを入力した場合にのみ開けるようになります。ほかの端末や、この端末を買い替えた後は、回復キーでしか開けません。</translation>
    </message>
    <message>
        <source>The OS keyring could not be reached, so this option is not available here.</source>
        <translation>OS のキーリングに接続できないため、この環境ではこのオプションを使用できません。</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>保管庫を作成しています… 数秒かかります。</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>保管庫を作成しています</translation>
    </message>
    <message>
        <source>The vault folder could not be created: {reason}</source>
        <translation>保管庫のフォルダーを作成できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>保管庫を作成できませんでした（{kind}）。</translation>
    </message>
</context>
<context>
    <name>CustomFieldRow</name>
    <message>
        <source>Field name</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>項目の種類</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>new field</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 2025-03-31, 2025/3/31, R7.3.31</source>
        <translation>例: 2025-03-31、2025/3/31、R7.3.31</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <source>Not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</source>
        <translation>日付として読めません。2025-03-31、2025/3/31、R7.3.31、令和7年3月31日 のように入力してください。</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>24 digits</source>
        <translation>24 桁の数字</translation>
    </message>
    <message>
        <source>six words</source>
        <translation>英単語 6 語</translation>
    </message>
    <message>
        <source>Delivery to the client</source>
        <translation>クライアントへの受け渡し</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>How bundles for “{name}” reach the client</source>
        <translation>「{name}」向けのバンドルをクライアントに届ける方法</translation>
    </message>
    <message>
        <source>Current setting</source>
        <translation>現在の設定</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>How the client opens bundles</source>
        <translation>クライアントがバンドルを開く方法</translation>
    </message>
    <message>
        <source>With their &amp;age public key</source>
        <translation>クライアントの age 公開鍵で開く(&amp;A)</translation>
    </message>
    <message>
        <source>Mode: the client&apos;s age public key</source>
        <translation>方式: クライアントの age 公開鍵</translation>
    </message>
    <message>
        <source>With a &amp;passphrase made for each bundle</source>
        <translation>バンドルごとに作成するパスフレーズで開く(&amp;P)</translation>
    </message>
    <message>
        <source>Mode: a passphrase for each bundle</source>
        <translation>方式: バンドルごとのパスフレーズ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the delivery setting</source>
        <translation>受け渡し設定を保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Contact person who receives bundles</source>
        <translation>バンドルを受け取る担当者</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>送付先(&amp;T):</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>This client has no contact person yet, and bundles go only to one of the client&apos;s contact people. Add one with New record → Contact person on the client&apos;s page, then open this again.</source>
        <translation>このクライアントには、まだ担当者がいません。バンドルの送付先は、このクライアントの担当者のいずれかに限られます。クライアントのページで「記録の追加」→「担当者」から追加してから、もう一度この画面を開いてください。</translation>
    </message>
    <message>
        <source>The client&apos;s age public key</source>
        <translation>クライアントの age 公開鍵</translation>
    </message>
    <message>
        <source>Paste the &amp;key the client sent:</source>
        <translation>クライアントから届いた鍵を貼り付け(&amp;K):</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>鍵の問題</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>How to confirm the key</source>
        <translation>鍵の確認方法</translation>
    </message>
    <message>
        <source>Call the client and read these six groups aloud; the client reads back the same from their copy of the key (the first 24 characters of `printf %s age1… | sha256sum`, in groups of four). Save only if they match.</source>
        <translation>クライアントに電話して、この 6 つのグループを読み上げてください。クライアントには、手元の鍵から同じものを読み上げてもらいます（`printf %s age1… | sha256sum` の先頭 24 文字を 4 文字ずつ区切ったもの）。一致した場合にだけ保存してください。</translation>
    </message>
    <message>
        <source>The client &amp;read back the same fingerprint</source>
        <translation>クライアントが同じフィンガープリントを読み上げた(&amp;R)</translation>
    </message>
    <message>
        <source>The client read back the same fingerprint</source>
        <translation>クライアントが同じフィンガープリントを読み上げた</translation>
    </message>
    <message>
        <source>24 &amp;digits in six groups of four</source>
        <translation>24 桁の数字（4 桁 × 6 グループ）(&amp;D)</translation>
    </message>
    <message>
        <source>Passphrase of 24 digits</source>
        <translation>24 桁の数字のパスフレーズ</translation>
    </message>
    <message>
        <source>Six English &amp;words</source>
        <translation>英単語 6 語(&amp;W)</translation>
    </message>
    <message>
        <source>Passphrase of six English words</source>
        <translation>英単語 6 語のパスフレーズ</translation>
    </message>
    <message>
        <source>About passphrases</source>
        <translation>パスフレーズについて</translation>
    </message>
    <message>
        <source>A new passphrase is made for every bundle and shown once, after the export. Digits read aloud the same in Japanese and English.</source>
        <translation>パスフレーズはバンドルごとに新しく作成され、エクスポート後に一度だけ表示されます。数字なら、日本語でも英語でも同じように読み上げて伝えられます。</translation>
    </message>
    <message>
        <source>&amp;Tell the last passphrase again</source>
        <translation>前回のパスフレーズを再表示(&amp;T)</translation>
    </message>
    <message>
        <source>Tell the last passphrase again</source>
        <translation>前回のパスフレーズを再表示</translation>
    </message>
    <message>
        <source>Shows the passphrase of the last passphrase bundle; the audit log notes it.</source>
        <translation>パスフレーズで最後に暗号化したバンドルのパスフレーズを表示します。表示したことは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Which bundle the passphrase opens</source>
        <translation>このパスフレーズで開くバンドル</translation>
    </message>
    <message>
        <source>No delivery setting yet: this client&apos;s data cannot be exported until one is saved.</source>
        <translation>受け渡し設定はまだありません。設定を保存するまで、このクライアントのデータはエクスポートできません。</translation>
    </message>
    <message>
        <source>The contact person this client&apos;s bundles went to was deleted; choose another.</source>
        <translation>このクライアントのバンドルの送付先だった担当者は削除されています。別の担当者を選んでください。</translation>
    </message>
    <message>
        <source>Now: to {contact}, encrypted to their age key {fingerprint}.</source>
        <translation>現在の設定: {contact} 宛て、age 鍵 {fingerprint} で暗号化</translation>
    </message>
    <message>
        <source>Now: to {contact}, with a new passphrase ({style}) for each bundle.</source>
        <translation>現在の設定: {contact} 宛て、バンドルごとに新しいパスフレーズ（{style}）で暗号化</translation>
    </message>
    <message>
        <source>Replace the client&apos;s key</source>
        <translation>クライアントの鍵の置き換え</translation>
    </message>
    <message>
        <source>Bundles for this client are encrypted to the age key {fingerprint} now. Replace it? Bundles already sent still open only with the old key.</source>
        <translation>現在、このクライアント向けのバンドルは age 鍵 {fingerprint} で暗号化されています。この鍵を置き換えますか？送付済みのバンドルは、引き続き古い鍵でしか開けません。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>The passphrase of the bundle exported on {date} (SHA-256 {sha256}…). Telling it again is noted in the audit log.</source>
        <translation>{date} にエクスポートしたバンドル（SHA-256 {sha256}…）のパスフレーズです。再表示したことは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>問題が発生しました（{kind}）。</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>On hold</source>
        <translation>法的保全中</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>期限未定</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>本日が保存期限</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>期限切れ（1 日超過）</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>期限切れ（{days} 日超過）</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>あと 1 日</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>あと {days} 日</translation>
    </message>
    <message>
        <source>{client} (client details and key)</source>
        <translation>{client}（クライアント情報と鍵）</translation>
    </message>
    <message>
        <source>Needs a date</source>
        <translation>日付の設定が必要</translation>
    </message>
    <message>
        <source>a record of this client is on legal hold</source>
        <translation>このクライアントの記録が法的保全中です</translation>
    </message>
    <message>
        <source>On hold: {reason}</source>
        <translation>法的保全中: {reason}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Last kept day</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Due for erasure</source>
        <translation>消去予定</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>期限切れのみ</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>今後 30 日</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>今後 90 日</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Filter by client or item</source>
        <translation>クライアント名や項目で絞り込み</translation>
    </message>
    <message>
        <source>Filter due items</source>
        <translation>消去予定の項目を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>クライアント(&amp;C):</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>読み込みの状態</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Totals for the client</source>
        <translation>このクライアントの合計</translation>
    </message>
    <message>
        <source>Items due for erasure</source>
        <translation>消去予定の項目</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>保存期間(&amp;R)…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>法的保全(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>選択した項目を消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>すべてのクライアント</translation>
    </message>
    <message>
        <source>In total: {counts}</source>
        <translation>全体: {counts}</translation>
    </message>
    <message>
        <source>{client}: {counts}</source>
        <translation>{client}: {counts}</translation>
    </message>
    <message>
        <source>{overdue} overdue, {soon} due within {days} days, {held} on hold</source>
        <translation>期限切れ {overdue} 件、{days} 日以内に期限 {soon} 件、法的保全中 {held} 件</translation>
    </message>
    <message>
        <source>Select one record (a client&apos;s own details have no rule or hold).</source>
        <translation>記録を 1 件選んでください（クライアント自体の情報にはルールや法的保全を設定できません）。</translation>
    </message>
    <message>
        <source>Select the items to erase.</source>
        <translation>消去する項目を選んでください。</translation>
    </message>
    <message>
        <source>On legal hold, so it cannot be erased: “{title}”. Release the hold first.</source>
        <translation>法的保全中のため消去できません:「{title}」。先に法的保全を解除してください。</translation>
    </message>
    <message>
        <source>Erase the selected items, with a deletion certificate.</source>
        <translation>選択した項目を消去し、消去証明書を作成します。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>消去される内容</translation>
    </message>
    <message>
        <source>Looking up what will be erased…</source>
        <translation>消去される内容を確認しています…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Why it cannot be erased</source>
        <translation>消去できない理由</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>消去する理由</translation>
    </message>
    <message>
        <source>&amp;I decided to erase it</source>
        <translation>自分の判断で消去する(&amp;I)</translation>
    </message>
    <message>
        <source>Reason: my decision</source>
        <translation>理由: 自分の判断</translation>
    </message>
    <message>
        <source>The client (or the person concerned) &amp;asked for it</source>
        <translation>クライアント（または本人）から依頼があった(&amp;A)</translation>
    </message>
    <message>
        <source>Reason: the client asked</source>
        <translation>理由: クライアントからの依頼</translation>
    </message>
    <message>
        <source>This cannot be undone. To confirm, type “{text}”:</source>
        <translation>この操作は元に戻せません。確認のため「{text}」と入力してください:</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>確認のための入力</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>消去しています</translation>
    </message>
    <message>
        <source>Erasure stage</source>
        <translation>消去の段階</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation>証明書のフォルダー</translation>
    </message>
    <message>
        <source>&amp;Open certificate folder</source>
        <translation>証明書のフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open certificate folder</source>
        <translation>証明書のフォルダーを開く</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the certificate folder&apos;s path</source>
        <translation>証明書のフォルダーのパスをコピー</translation>
    </message>
    <message>
        <source>Erasure refused: records on legal hold: {count}. Release the hold first.</source>
        <translation>消去できません: 法的保全中の記録が {count} 件あります。先に法的保全を解除してください。</translation>
    </message>
    <message>
        <source>“{title}”: {reason}</source>
        <translation>「{title}」: {reason}</translation>
    </message>
    <message>
        <source>What will be erased:</source>
        <translation>消去される内容:</translation>
    </message>
    <message>
        <source>• The client&apos;s details (name, contacts, notes) and its key</source>
        <translation>• クライアント情報（名前、連絡先、メモ）と鍵</translation>
    </message>
    <message>
        <source>• {kind}: {count}</source>
        <translation>• {kind}: {count} 件</translation>
    </message>
    <message>
        <source>• Records: none</source>
        <translation>• 記録: なし</translation>
    </message>
    <message>
        <source>• Attachments: {count} ({size})</source>
        <translation>• 添付ファイル: {count} 件（{size}）</translation>
    </message>
    <message>
        <source>A deletion certificate is written; it holds no names or content.</source>
        <translation>消去証明書が作成されます。証明書には名前や内容は含まれません。</translation>
    </message>
    <message>
        <source>None of the app&apos;s backups holds this data.</source>
        <translation>このアプリのバックアップには、このデータは含まれていません。</translation>
    </message>
    <message>
        <source>These backups are rewritten without it (or deleted):</source>
        <translation>次のバックアップは、このデータを除いて書き直されます（または削除されます）:</translation>
    </message>
    <message>
        <source>Not covered: copies of the vault folder made outside ClientVault (an OS backup such as Time Machine or File History, a sync client, a USB copy) still hold this data and its key. Use ClientVault&apos;s own backups, which an erasure reaches.</source>
        <translation>対象外: ClientVault の外で作られた保管庫フォルダーの複製（Time Machine やファイル履歴などの OS のバックアップ、同期サービス、USB へのコピー）には、このデータとその鍵が残ります。消去が届く ClientVault 自身のバックアップを使ってください。</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>証明書を作成しています…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>Cleaning up (the log, free space and backups)…</source>
        <translation>後処理をしています（ログ、空き領域、バックアップ）…</translation>
    </message>
    <message>
        <source>Erased on {date}; certificate saved.</source>
        <translation>{date} に消去し、証明書を保存しました。</translation>
    </message>
    <message>
        <source>Erased on {date}; certificate saved. Cleaning up did not finish (a backup could not be reached or purged, e.g. on a full disk): ClientVault finishes it at the next unlock.</source>
        <translation>{date} に消去し、証明書を保存しました。後片付けは完了していません（バックアップに到達できないか、ディスクがいっぱいなどで消去できませんでした）。次のロック解除時に ClientVault が完了させます。</translation>
    </message>
    <message>
        <source>Backups that could not be reached still hold this data: {count}. The certificate lists them.</source>
        <translation>アクセスできなかったバックアップ {count} 件には、このデータがまだ残っています。該当するバックアップは証明書に記載されています。</translation>
    </message>
    <message>
        <source>Backups whose purge has not finished still hold this data: {count}. The certificate says so until the purge completes.</source>
        <translation>消去処理が完了していないバックアップがまだこのデータを保持しています: {count} 件。消去が完了するまで、証明書にもそのとおり記載されます。</translation>
    </message>
    <message>
        <source>The client “{name}” and everything held for it were erased.</source>
        <translation>クライアント「{name}」と、その保管データをすべて消去しました。</translation>
    </message>
    <message>
        <source>Erased: {what}</source>
        <translation>消去しました: {what}</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>消去済み</translation>
    </message>
    <message>
        <source>What this erases changed since it was shown (edited in another window). Nothing was erased; check the list again.</source>
        <translation>表示した後に消去対象の内容が変わりました（別のウィンドウで編集されました）。何も消去していません。一覧をもう一度確認してください。</translation>
    </message>
    <message>
        <source>Nothing was erased because of an unexpected error ({kind}).</source>
        <translation>予期しないエラーのため、何も消去していません（{kind}）。</translation>
    </message>
    <message>
        <source>Erase the client “{name}” and everything held for it</source>
        <translation>クライアント「{name}」と、このクライアントについて保管しているすべてのデータを消去します</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Encrypted bundle</source>
        <translation>暗号化バンドル</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>An encrypted bundle of “{name}”, for that client only</source>
        <translation>「{name}」の暗号化バンドル（このクライアント専用）</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>エクスポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Delivery setting…</source>
        <translation>受け渡し設定(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the delivery setting</source>
        <translation>受け渡し設定を開く</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Encrypted PDF: opens in any PDF viewer (files up to {size} MB)</source>
        <translation>パスワード付き PDF: どの PDF ビューアでも開けます (ファイルは {size} MB まで)</translation>
    </message>
    <message>
        <source>age bundle (report, data and files)</source>
        <translation>age バンドル（レポート、データ、ファイル）</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>バンドルの形式</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>レポートの言語</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>レポートの言語(&amp;L):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受取人</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>バンドルに含まれる記録</translation>
    </message>
    <message>
        <source>Special-care warning</source>
        <translation>要配慮個人情報の警告</translation>
    </message>
    <message>
        <source>Warning: this bundle holds special-care personal data (要配慮個人情報), such as health or criminal records. Send it only if the client expects exactly this data.</source>
        <translation>警告: このバンドルには、健康情報や犯罪歴などの要配慮個人情報が含まれています。クライアントがまさにこのデータを受け取る予定の場合にだけ送付してください。</translation>
    </message>
    <message>
        <source>Attachments left out</source>
        <translation>含まれない添付ファイル</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>バンドル内のファイル</translation>
    </message>
    <message>
        <source>Bundle size</source>
        <translation>バンドルのサイズ</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <source>This client has no delivery setting yet. Choose the contact person who receives bundles and how they open them: Delivery setting…</source>
        <translation>このクライアントには、まだ受け渡し設定がありません。「受け渡し設定…」で、バンドルを受け取る担当者と、バンドルを開く方法を選んでください。</translation>
    </message>
    <message>
        <source>{count} files, {size} before encryption</source>
        <translation>ファイル {count} 件、暗号化前のサイズ {size}</translation>
    </message>
    <message>
        <source>To: {contact}, encrypted to their age key with this fingerprint:</source>
        <translation>宛先: {contact}。次のフィンガープリントの age 鍵で暗号化します:</translation>
    </message>
    <message>
        <source>To: {contact}, encrypted to a new passphrase ({style}), shown once after the export.</source>
        <translation>宛先: {contact}。新しいパスフレーズ（{style}）で暗号化します。パスフレーズはエクスポート後に一度だけ表示されます。</translation>
    </message>
    <message>
        <source>{organization_and_address} — client: {client}</source>
        <translation>{organization_and_address} — クライアント: {client}</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count} 件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Records: {records}. Attachments: {count}.</source>
        <translation>記録: {records}。添付ファイル: {count} 件。</translation>
    </message>
    <message>
        <source>The files come to more than {size} MB, too much for a PDF sent by mail; these stay out (choose the age bundle to send them):</source>
        <translation>ファイルの合計が {size} MB を超え、メールで送る PDF には大きすぎるため、次のファイルは含まれません (送るには age バンドルを選んでください):</translation>
    </message>
    <message>
        <source>Special-care data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>This bundle holds special-care personal data (要配慮個人情報). Export it for {contact}?</source>
        <translation>このバンドルには要配慮個人情報が含まれています。{contact} 宛てにエクスポートしますか？</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save the encrypted bundle</source>
        <translation>暗号化バンドルの保存</translation>
    </message>
    <message>
        <source>age files (*.age)</source>
        <translation>age ファイル (*.age)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Bundle written ({size}). Send the file to {contact}.</source>
        <translation>バンドルを書き出しました（{size}）。このファイルを {contact} に送ってください。</translation>
    </message>
    <message>
        <source>Nothing was exported because of an unexpected error ({kind}).</source>
        <translation>予期しないエラーのため、何もエクスポートしていません（{kind}）。</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>{label} をコピー</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>{label} をコピーします。クリップボードはしばらくすると消去されます。</translation>
    </message>
</context>
<context>
    <name>FileLabelRow</name>
    <message>
        <source>File name label</source>
        <translation>ファイル名のラベル</translation>
    </message>
    <message>
        <source>Goes into the file&apos;s name so you can match the file to its recipient in your mail. Leave it empty for a neutral name.</source>
        <translation>ファイル名に入れるラベルです。メールでファイルと宛先を照合できます。空にすると、中身の分からない名前になります。</translation>
    </message>
    <message>
        <source>File &amp;name label:</source>
        <translation>ファイル名のラベル(&amp;N):</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>保存名: {name}</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>the row</source>
        <translation>行全体</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem} Imported without it.</source>
        <translation>{row} 行目、{column}: {problem}（この値を除いて取り込み）</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>{row} 行目、{column}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: the same client as row {of_row}</source>
        <translation>{row} 行目: {of_row} 行目と同じクライアントです</translation>
    </message>
    <message>
        <source>Row {row}: this client is already in the vault</source>
        <translation>{row} 行目: このクライアントはすでに保管庫にあります</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>追加予定</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>重複（スキップ）</translation>
    </message>
    <message>
        <source>Problem, skipped</source>
        <translation>問題あり（スキップ）</translation>
    </message>
    <message>
        <source>Added without a value</source>
        <translation>一部の値を除いて追加</translation>
    </message>
    <message>
        <source>A duplicate; it is not imported.</source>
        <translation>重複のため、インポートしません。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ImportRole</name>
    <message>
        <source>Client name</source>
        <translation>クライアント名</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Client name&apos;s furigana</source>
        <translation>クライアント名のふりがな</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>クライアントのインポート</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import the clients</source>
        <translation>クライアントをインポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>{kind}, {encoding}</source>
        <translation>{kind}、{encoding}</translation>
    </message>
    <message>
        <source>{kind}; {columns} columns.</source>
        <translation>{kind}、{columns} 列</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Choose the column that holds the client name.</source>
        <translation>クライアント名が入っている列を選んでください。</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <source>Checked {rows} rows: {clients} to add, {skipped} skipped.</source>
        <translation>{rows} 行を確認しました: 追加 {clients} 件、スキップ {skipped} 件</translation>
    </message>
    <message>
        <source>Checking the file… {rows} rows read</source>
        <translation>ファイルを確認しています… {rows} 行を読み込みました</translation>
    </message>
    <message>
        <source>Importing… {rows} rows read</source>
        <translation>インポートしています… {rows} 行を読み込みました</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>The list is still in plaintext at {path}. Delete it, and its copies, once you no longer need it.</source>
        <translation>元のリストは、暗号化されていないまま {path} に残っています。不要になったら、このファイルとそのコピーを削除してください。</translation>
    </message>
    <message>
        <source>Overwrite {path} once and delete it? On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups, synced folders or mail that hold a copy keep theirs: full-disk encryption is what protects those.</source>
        <translation>{path} を 1 回上書きしてから削除しますか？SSD やコピーオンライト方式のファイルシステム（APFS、Btrfs、ZFS）では、上書きが元のデータに確実に届くとは限りません。また、コピーを含むバックアップ、同期フォルダー、メールには、そのコピーが残ります。それらを守るのはディスク全体の暗号化です。</translation>
    </message>
    <message>
        <source>Delete the source file</source>
        <translation>元のファイルを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Choose the client list</source>
        <translation>クライアントリストの選択</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx)</source>
        <translation>クライアントリスト (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>使用しない</translation>
    </message>
    <message>
        <source>Client name and contact name</source>
        <translation>クライアント名と担当者名</translation>
    </message>
    <message>
        <source>Furigana of the client and contact</source>
        <translation>クライアントと担当者のふりがな</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>About importing</source>
        <translation>インポートについて</translation>
    </message>
    <message>
        <source>Import the client list you already keep: a CSV file (UTF-8, UTF-8 with BOM or Shift_JIS, as Excel saves it) or an Excel workbook (.xlsx). Each row becomes a client; nothing is added until you have seen the summary.</source>
        <translation>お手持ちのクライアントリストをインポートします。対応しているのは CSV ファイル（Excel で保存した UTF-8、BOM 付き UTF-8、Shift_JIS）と Excel ブック（.xlsx）です。1 行が 1 件のクライアントになります。概要を確認するまで、何も追加されません。</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>インポートするシート</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>ファイルの読み込み</translation>
    </message>
    <message>
        <source>About the columns</source>
        <translation>列について</translation>
    </message>
    <message>
        <source>Say what each column holds. The choices were guessed from the column headers; check each one. The preview shows the first rows as they will be imported.</source>
        <translation>各列の内容を指定してください。選択肢は列の見出しから推測したものなので、1 つずつ確認してください。プレビューには、先頭の行がインポートされるとおりに表示されます。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>先頭の行のプレビュー</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>ファイルの確認</translation>
    </message>
    <message>
        <source>{number}. {header}</source>
        <translation>{number}. {header}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>What column {number} ({header}) holds</source>
        <translation>{number} 列目（{header}）の内容</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>見出しなし</translation>
    </message>
    <message>
        <source>Example from column {number}</source>
        <translation>{number} 列目の例</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Rows not imported, and values left out</source>
        <translation>取り込まない行と、除いた値</translation>
    </message>
    <message>
        <source>&amp;Rows not imported, and values left out to fix afterwards:</source>
        <translation>取り込まない行と、除いた値（後で修正してください）(&amp;R):</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The source file</source>
        <translation>元のファイル</translation>
    </message>
    <message>
        <source>&amp;Delete the source file…</source>
        <translation>元のファイルを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Values left out, to fix</source>
        <translation>除いた値（要修正）</translation>
    </message>
    <message>
        <source>&amp;Values left out (the clients were added without them):</source>
        <translation>除いた値（この値を除いてクライアントを追加しました）(&amp;V):</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>…ほか {count} 件</translation>
    </message>
    <message>
        <source>… and {count} more rows</source>
        <translation>… ほか {count} 行</translation>
    </message>
    <message>
        <source>The import will add {clients} clients and {contacts} contacts.</source>
        <translation>クライアント {clients} 件と担当者 {contacts} 件を追加します。</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>スキップする重複: {count} 件</translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {count}</source>
        <translation>問題のある行（インポートしない）: {count} 件</translation>
    </message>
    <message>
        <source>Clients added without a value that is not valid: {count}</source>
        <translation>正しくない値を除いて追加するクライアント: {count}</translation>
    </message>
    <message>
        <source>Cells beginning with = + - @ kept as text, never run: {count}</source>
        <translation>= + - @ で始まるセル（数式として実行せず、テキストのまま保存）: {count} 件</translation>
    </message>
    <message>
        <source>Rows read: {rows}. Everything is added in one step, or nothing is.</source>
        <translation>読み込んだ行: {rows} 行。すべてを一度に追加します。途中で失敗した場合は何も追加しません。</translation>
    </message>
    <message>
        <source>Added {clients} clients and {contacts} contacts.</source>
        <translation>クライアント {clients} 件と担当者 {contacts} 件を追加しました。</translation>
    </message>
    <message>
        <source>Skipped: {duplicates} duplicates, {problems} rows with problems.</source>
        <translation>スキップ: 重複 {duplicates} 件、問題のある行 {problems} 件</translation>
    </message>
    <message>
        <source>Added without a value that is not valid: {count} clients.</source>
        <translation>正しくない値を除いて追加したクライアント: {count} 件</translation>
    </message>
    <message>
        <source>The import is recorded in the vault&apos;s audit log.</source>
        <translation>このインポートは保管庫の監査ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>漏えい等した個人データの項目</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary harm</source>
        <translation>二次被害</translation>
    </message>
    <message>
        <source>Response to the persons</source>
        <translation>本人への対応</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Measures against recurrence</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This is a self-check from the vault&apos;s records, not legal advice.</source>
        <translation>これは保管庫の記録に基づく自己点検であり、法的助言ではありません。</translation>
    </message>
    <message>
        <source>Persons affected: {count}</source>
        <translation>対象となる本人の数：{count}</translation>
    </message>
    <message>
        <source>Of them with special-care data: {count}</source>
        <translation>うち要配慮個人情報を含む本人：{count}</translation>
    </message>
    <message>
        <source>Report to the PPC required: {answer}</source>
        <translation>個人情報保護委員会への報告の要否：{answer}</translation>
    </message>
    <message>
        <source>Strong-encryption exemption: {answer}</source>
        <translation>高度な暗号化による例外：{answer}</translation>
    </message>
    <message>
        <source>Preliminary report (速報) by: {date}</source>
        <translation>速報の期限：{date}</translation>
    </message>
    <message>
        <source>Final report (確報) by: {date}</source>
        <translation>確報の期限：{date}</translation>
    </message>
    <message>
        <source>Triggers that apply: {list}</source>
        <translation>該当する報告要件：{list}</translation>
    </message>
    <message>
        <source>Still to be written (要記入):</source>
        <translation>要記入の項目：</translation>
    </message>
</context>
<context>
    <name>IncidentWizard</name>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>端末の紛失・盗難</translation>
    </message>
    <message>
        <source>Bundle sent to the wrong recipient</source>
        <translation>誤った宛先へのファイル送付</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>不正アクセス</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>マルウェア</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No: the password and keys did not leak, the vault was locked</source>
        <translation>いいえ：パスワードと鍵は漏れておらず、保管庫はロックされていた</translation>
    </message>
    <message>
        <source>Yes, or probably</source>
        <translation>はい、またはその可能性が高い</translation>
    </message>
    <message>
        <source>Clients concerned (none ticked: all)</source>
        <translation>対象の顧客（未選択ならすべて）</translation>
    </message>
    <message>
        <source>The bundle that went astray</source>
        <translation>誤送付したファイル</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>何が起きたか（ご自身の言葉で）</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>何が起きたか：</translation>
    </message>
    <message>
        <source>Discovered:</source>
        <translation>発覚日時：</translation>
    </message>
    <message>
        <source>Password or key leaked:</source>
        <translation>パスワードや鍵の漏えい：</translation>
    </message>
    <message>
        <source>Clients (none ticked: all):</source>
        <translation>顧客（未選択ならすべて）：</translation>
    </message>
    <message>
        <source>Misdelivered bundle:</source>
        <translation>誤送付したファイル：</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告書のプレビュー</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>報告書を保存(&amp;R)…</translation>
    </message>
    <message>
        <source>One notice per affected person (Japanese, or English when their record says so), and one per client company you work for as a contractor, with a CSV for a mail merge.</source>
        <translation>対象となる本人ごとに1通（日本語。記録で英語と指定された方は英語）、委託先として受託している顧客企業ごとに1通の通知と、差し込み印刷用のCSVを作成します。</translation>
    </message>
    <message>
        <source>Your name and contact for the notices</source>
        <translation>通知に記載する差出人名と連絡先</translation>
    </message>
    <message>
        <source>Write the &amp;notices…</source>
        <translation>通知を作成(&amp;N)…</translation>
    </message>
    <message>
        <source>Notices written</source>
        <translation>書き出したお知らせ</translation>
    </message>
    <message>
        <source>%v of %m notices</source>
        <translation>お知らせ %m 件中 %v 件</translation>
    </message>
    <message>
        <source>C&amp;ancel writing</source>
        <translation>書き出しを中止(&amp;A)</translation>
    </message>
    <message>
        <source>Your name and contact:</source>
        <translation>差出人名と連絡先：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>未保存の編集（下書き）から復元しました。</translation>
    </message>
    <message>
        <source>Writing… (a PDF per person takes a moment)</source>
        <translation>書き出しています…（1人ごとにPDFを作るため少し時間がかかります）</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>報告書の保存先フォルダー</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>通知の保存先フォルダー</translation>
    </message>
    <message>
        <source>Written to {folder}.</source>
        <translation>{folder} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents</source>
        <translation>事故一覧</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>発覚日時 (UTC)</translation>
    </message>
    <message>
        <source>Preliminary report by</source>
        <translation>速報期限</translation>
    </message>
    <message>
        <source>Final report by</source>
        <translation>確報期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Incidents and their deadlines</source>
        <translation>事故とその期限</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>新しい事故(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Mark as closed</source>
        <translation>完了にする(&amp;M)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>対応中 {count} 件</translation>
    </message>
</context>
<context>
    <name>InventoryChart</name>
    <message>
        <source>Persons and categories per client</source>
        <translation>顧客ごとの本人数と項目数</translation>
    </message>
    <message>
        <source>{client}: {persons} persons, {categories} categories</source>
        <translation>{client}：本人 {persons} 人、{categories} 項目</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>顧客がありません</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>保有個人データ一覧</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>What is held per client</source>
        <translation>顧客ごとの保有データ</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDFとして保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <source>Next last-kept day</source>
        <translation>次の保存期限</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Special-care</source>
        <translation>要配慮</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Plaintext copies</source>
        <translation>平文の持ち出し</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>{count} ({size:,} bytes)</source>
        <translation>{count}（{size:,} バイト）</translation>
    </message>
    <message>
        <source>{count} ({away} disconnected)</source>
        <translation>{count}（うち未接続 {away}）</translation>
    </message>
    <message>
        <source>{clients} clients, {persons} persons. {warnings} records look like special-care data but are not marked so.</source>
        <translation>顧客 {clients} 件、本人 {persons} 人。要配慮個人情報らしいのに未設定の記録が {warnings} 件あります。</translation>
    </message>
    <message>
        <source>Save the inventory</source>
        <translation>一覧を保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>法的保全（リーガルホールド）</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>記録: {title}</translation>
    </message>
    <message>
        <source>Current hold</source>
        <translation>現在の法的保全</translation>
    </message>
    <message>
        <source>A record on legal hold is never erased, even after its retention date, until the hold is released. Say why it is kept (a tax audit, a dispute…).</source>
        <translation>法的保全中の記録は、保存期限を過ぎても、保全を解除するまで消去されません。保全する理由（税務調査、係争など）を入力してください。</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>法的保全の理由</translation>
    </message>
    <message>
        <source>e.g. 税務調査のため保全</source>
        <translation>例: 税務調査のため保全</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Put on hold</source>
        <translation>法的保全にする(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;elease hold…</source>
        <translation>保全を解除(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>法的保全中: {reason}</translation>
    </message>
    <message>
        <source>&amp;Change reason</source>
        <translation>理由を変更(&amp;C)</translation>
    </message>
    <message>
        <source>Not on legal hold.</source>
        <translation>法的保全はされていません。</translation>
    </message>
    <message>
        <source>The hold could not be changed because of an unexpected error.</source>
        <translation>予期しないエラーのため、法的保全を変更できませんでした。</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>法的保全の解除</translation>
    </message>
    <message>
        <source>Release the legal hold on “{title}”? Once its retention date has passed it can be erased.</source>
        <translation>「{title}」の法的保全を解除しますか？保存期限を過ぎると消去できるようになります。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search all clients (Ctrl+F)</source>
        <translation>すべてのクライアントを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all clients</source>
        <translation>すべてのクライアントを検索</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>クライアントを絞り込み</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント一覧</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>クライアントの追加</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one.</source>
        <translation>左の一覧からクライアントを選ぶか、新しく追加してください。</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保管庫(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>表示(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>保存期間(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>クライアントの追加(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find in all clients</source>
        <translation>すべてのクライアントを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Re-key vault…</source>
        <translation>保管庫の鍵の再生成(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Focus mode (hide other clients)</source>
        <translation>フォーカスモード（他のクライアントを隠す）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Due for erasure…</source>
        <translation>消去予定(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Erase what is due…</source>
        <translation>期限が来た項目を消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;retention…</source>
        <translation>記録の保存期間(&amp;R)…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>法的保全(&amp;H)…</translation>
    </message>
    <message>
        <source>Erase the selected re&amp;cord…</source>
        <translation>選択した記録を消去(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>クライアントのインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>保有データ一覧(&amp;V)…</translation>
    </message>
    <message>
        <source>Inci&amp;dent…</source>
        <translation>事故の報告(&amp;D)…</translation>
    </message>
    <message>
        <source>Incident lis&amp;t…</source>
        <translation>事故一覧(&amp;T)…</translation>
    </message>
    <message>
        <source>Go to client &amp;list</source>
        <translation>クライアント一覧へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>Clients: {count}</source>
        <translation>クライアント: {count} 件</translation>
    </message>
    <message>
        <source>Edits not saved when the vault locked: {count}. Open them again to finish?</source>
        <translation>保管庫がロックされたときに保存されていなかった編集が {count} 件あります。もう一度開いて仕上げますか？</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Discard the unsaved edits? They cannot be recovered.</source>
        <translation>未保存の編集を破棄しますか？破棄した内容は元に戻せません。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Records found for “{query}”, in every client</source>
        <translation>すべてのクライアントから「{query}」で見つかった記録</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed.</source>
        <translation>問題が発生しました（{kind}）。何も変更されていません。</translation>
    </message>
    <message>
        <source>ClientVault</source>
        <translation>ClientVault</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>パスワードを表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>パスワードの強度</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>パスワードが一致しています。</translation>
    </message>
    <message>
        <source>Use at least {min} characters; a passphrase of 15 or more is best.</source>
        <translation>{min} 文字以上にしてください。15 文字以上のパスフレーズが最適です。</translation>
    </message>
    <message>
        <source>Too short: {length} characters; use at least {min}.</source>
        <translation>短すぎます（{length} 文字）。{min} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>長すぎます: {max} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, or a small change to one. Choose another.</source>
        <translation>非常によく使われるパスワード、またはそれを少し変えただけのものです。別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Repeated characters are easy to guess. Choose another.</source>
        <translation>同じ文字の繰り返しは推測されやすいため、別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Sequences such as 12345678, abcdefgh or qwerty are easy to guess. Choose another.</source>
        <translation>12345678、abcdefgh、qwerty のような連続した文字列は推測されやすいため、別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>A password that contains the app&apos;s name is easy to guess. Choose another.</source>
        <translation>アプリ名を含むパスワードは推測されやすいため、別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>Acceptable. A passphrase of 15 characters or more would be stronger.</source>
        <translation>使用できます。15 文字以上のパスフレーズにすると、より強力になります。</translation>
    </message>
    <message>
        <source>Strong: a long password is the hardest to guess.</source>
        <translation>強力: 長いパスワードほど推測されにくくなります。</translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <source>Offboard {name}</source>
        <translation>{name} の契約終了処理</translation>
    </message>
    <message>
        <source>Return this client&apos;s data to their contact as an encrypted bundle, then erase it from the vault and its backups. One signed certificate names the returned file&apos;s SHA-256, the erasure and the copies that left the vault.</source>
        <translation>この顧客のデータを暗号化ファイルで担当者に返却し、保管庫とバックアップから消去します。返却ファイルのSHA-256、消去内容、保管庫の外に出た複製を記した署名付き証明書を1通作成します。</translation>
    </message>
    <message>
        <source>&amp;Return and erase</source>
        <translation>返却して消去(&amp;R)</translation>
    </message>
    <message>
        <source>Contact the data goes back to</source>
        <translation>データの返却先の担当者</translation>
    </message>
    <message>
        <source>age bundle</source>
        <translation>age ファイル</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>暗号化PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>担当者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>This client has no contact record to return the data to; add one.</source>
        <translation>この顧客には返却先となる連絡先の記録がありません。追加してください。</translation>
    </message>
    <message>
        <source>Folder for the returned data and certificate</source>
        <translation>返却データと証明書の保存先フォルダー</translation>
    </message>
    <message>
        <source>Offboard client</source>
        <translation>契約終了処理</translation>
    </message>
    <message>
        <source>Return {name}&apos;s data and then erase it for good? This cannot be undone.</source>
        <translation>{name} のデータを返却し、完全に消去しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Return and erase</source>
        <translation>返却して消去</translation>
    </message>
    <message>
        <source>Returning and erasing…</source>
        <translation>返却して消去しています…</translation>
    </message>
    <message>
        <source>Done. Returned file: {file}
SHA-256: {sha}
Signed certificate: {cert}
Backups still holding the data (unreachable): {backups}</source>
        <translation>完了しました。返却ファイル：{file}
SHA-256：{sha}
署名付き証明書：{cert}
データが残るバックアップ（到達不能）：{backups}</translation>
    </message>
</context>
<context>
    <name>PassphraseView</name>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase style</source>
        <translation>パスフレーズの形式</translation>
    </message>
    <message>
        <source>&amp;Copy passphrase</source>
        <translation>パスフレーズをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>パスフレーズをコピー</translation>
    </message>
    <message>
        <source>Copy the passphrase; the clipboard is cleared after a while.</source>
        <translation>パスフレーズをコピーします。クリップボードはしばらくすると消去されます。</translation>
    </message>
    <message>
        <source>Tell it to the client by phone, or by another channel than the file. Never put it in the same mail or message as the file, nor in the file&apos;s name or folder.</source>
        <translation>パスフレーズは、電話など、ファイルとは別の手段でクライアントに伝えてください。ファイルと同じメールやメッセージに書いたり、ファイル名やフォルダー名に含めたりしないでください。</translation>
    </message>
    <message>
        <source>How to pass on the passphrase</source>
        <translation>パスフレーズの伝え方</translation>
    </message>
    <message>
        <source>Passphrase: {count} groups of four digits</source>
        <translation>パスフレーズ: 4 桁 × {count} グループ</translation>
    </message>
    <message>
        <source>Passphrase: {count} words</source>
        <translation>パスフレーズ: {count} 語</translation>
    </message>
    <message>
        <source>Group {number} of {count}</source>
        <translation>グループ {number} / {count}</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>Generate a password</source>
        <translation>パスワードを生成</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>生成したパスワード</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>別の候補(&amp;N)</translation>
    </message>
    <message>
        <source>Generate another</source>
        <translation>別のパスワードを生成</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Use password</source>
        <translation>このパスワードを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>文字数(&amp;L):</translation>
    </message>
    <message>
        <source>Lowercase letters (a–z)</source>
        <translation>英小文字 (a–z)</translation>
    </message>
    <message>
        <source>Capital letters (A–Z)</source>
        <translation>英大文字 (A–Z)</translation>
    </message>
    <message>
        <source>Digits (0–9)</source>
        <translation>数字 (0–9)</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>Safe for Japanese and US keyboards</source>
        <translation>日本語・英語キーボードで同じ位置の文字だけ</translation>
    </message>
    <message>
        <source>Leaves out symbols that sit on different keys on Japanese (JIS) and US keyboards, the ¥/\ key, and the look-alikes 0 O 1 l I. Symbols kept: ! # $ % , - . / ; &lt; &gt; ?</source>
        <translation>日本語 (JIS) キーボードと英語 (US) キーボードで位置が違う記号、¥/\ キー、見間違えやすい 0 O 1 l I を使いません。使う記号: ! # $ % , - . / ; &lt; &gt; ?</translation>
    </message>
    <message>
        <source>Strength: {bits} bits of entropy</source>
        <translation>強度: {bits} ビットのエントロピー</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>生成(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>PendingRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新しい回復キー</translation>
    </message>
    <message>
        <source>This vault was re-keyed, but its new recovery key was never confirmed as kept (the re-key may have been interrupted). The old recovery key no longer works: keep this one.</source>
        <translation>この保管庫の鍵は再生成されましたが、新しい回復キーの保管がまだ確認されていません（再生成が中断された可能性があります）。古い回復キーはもう使えません。このキーを保管してください。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Decrypting in memory…</source>
        <translation>メモリ上で復号しています…</translation>
    </message>
    <message>
        <source>{type} · {size}</source>
        <translation>{type} · {size}</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <source>Table contents</source>
        <translation>表の内容</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>復号したコピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer…</source>
        <translation>システムのビューアーで開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Too large to preview (over {limit}); save a copy or open it with the system viewer.</source>
        <translation>サイズが大きすぎるため、プレビューできません（{limit} 超）。コピーを保存するか、システムのビューアーで開いてください。</translation>
    </message>
    <message>
        <source>This image could not be read; it may be damaged.</source>
        <translation>この画像を読み込めませんでした。破損している可能性があります。</translation>
    </message>
    <message>
        <source>No preview for this type ({type}, {size}).</source>
        <translation>この種類のファイルはプレビューできません（{type}、{size}）。</translation>
    </message>
    <message>
        <source>UTF-8, with unreadable characters replaced</source>
        <translation>UTF-8（読み取れない文字は置き換えて表示）</translation>
    </message>
    <message>
        <source>Encoding: {encoding}.</source>
        <translation>文字コード: {encoding}。</translation>
    </message>
    <message>
        <source>This file could not be read as a table, so it is shown as text.</source>
        <translation>このファイルは表として読み込めなかったため、テキストとして表示しています。</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>全 {total} 文字のうち、最初の {shown} 文字を表示しています。</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>全 {total} 行のうち、最初の {shown} 行を表示しています。</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} columns.</source>
        <translation>全 {total} 列のうち、最初の {shown} 列を表示しています。</translation>
    </message>
    <message>
        <source>This PDF is protected with a password; save a copy or open it with the system viewer.</source>
        <translation>この PDF はパスワードで保護されています。コピーを保存するか、システムのビューアーで開いてください。</translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation>この PDF を読み込めませんでした。破損している可能性があります。</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RecordChoiceModel</name>
    <message>
        <source>Special-care records are always left out of a redacted bundle.</source>
        <translation>要配慮個人情報の記録は、伏せ字バンドルには常に含まれません。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機微度</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web アドレス</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>複数行テキスト</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Secret (hidden)</source>
        <translation>秘密情報（非表示）</translation>
    </message>
    <message>
        <source>e.g. 2025-04-01 or 2025年4月1日</source>
        <translation>例: 2025-04-01、2025年4月1日</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <translation>例: 12,500</translation>
    </message>
    <message>
        <source>e.g. tanaka@example.jp</source>
        <translation>例: tanaka@example.jp</translation>
    </message>
    <message>
        <source>e.g. 03-1234-5678 or +81 3-1234-5678</source>
        <translation>例: 03-1234-5678、+81 3-1234-5678</translation>
    </message>
    <message>
        <source>e.g. https://example.jp/login</source>
        <translation>例: https://example.jp/login</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機微度</translation>
    </message>
    <message>
        <source>Sens&amp;itivity:</source>
        <translation>機微度(&amp;I):</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>その他の項目</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>記録の削除</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>未保存の編集（下書き）から復元しました。</translation>
    </message>
    <message>
        <source>The record was changed elsewhere after this edit began; saving will ask whether to replace those changes.</source>
        <translation>この編集を始めた後に、記録がほかの場所で変更されています。保存するときに、その変更を置き換えるかどうかを確認します。</translation>
    </message>
    <message>
        <source>The record could not be saved because of an unexpected error.</source>
        <translation>予期しないエラーのため、記録を保存できませんでした。</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>ほかの場所で変更されています</translation>
    </message>
    <message>
        <source>This record was changed in another window after you opened it. Replace those changes with yours?</source>
        <translation>この記録は、開いた後に別のウィンドウで変更されました。その変更をこちらの内容で置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Not saved: this record was changed in another window after you opened it. Copy what you need, close this editor and open the record again.</source>
        <translation>保存されていません: この記録は、開いた後に別のウィンドウで変更されました。必要な内容をコピーしてからこの編集画面を閉じ、記録を開き直してください。</translation>
    </message>
    <message>
        <source>Delete “{title}” for good? This cannot be undone.</source>
        <translation>「{title}」を完全に削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard your changes to this record?</source>
        <translation>この記録への変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>担当者の追加</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>担当者の編集</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>メモの追加</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>ログイン情報の追加</translation>
    </message>
    <message>
        <source>Edit credential</source>
        <translation>ログイン情報の編集</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>記録の追加</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>記録の編集</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>ログイン情報</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機微度</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>{kind} · {sensitivity}</source>
        <translation>{kind} · {sensitivity}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>This record has no fields yet.</source>
        <translation>この記録にはまだ項目がありません。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>記録の編集</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open {label} in the browser</source>
        <translation>{label} をブラウザーで開く</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>{label} をコピー</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>{label} をコピーします。クリップボードはしばらくすると消去されます。</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Web アドレスではありません</translation>
    </message>
    <message>
        <source>Only web addresses starting with http:// or https:// are opened. This one was not opened, because other kinds of address can run programs or open files on this computer.</source>
        <translation>開けるのは http:// または https:// で始まる Web アドレスだけです。ほかの種類のアドレスはこのコンピューターでプログラムを実行したりファイルを開いたりできるため、開きませんでした。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>To finish, type the key back, or save the sheet and confirm that you printed it or stored it offline.</source>
        <translation>完了するには、回復キーを入力し直すか、回復シートを保存して、印刷またはオフラインで保管したことを確認してください。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新しい回復キー</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>回復シートを PDF で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF</source>
        <translation>回復シートを PDF で保存</translation>
    </message>
    <message>
        <source>Type the recovery key back</source>
        <translation>回復キーの再入力</translation>
    </message>
    <message>
        <source>&amp;Type the key back:</source>
        <translation>回復キーを再入力(&amp;T):</translation>
    </message>
    <message>
        <source>I have &amp;printed it or stored it offline</source>
        <translation>印刷またはオフラインで保管しました(&amp;P)</translation>
    </message>
    <message>
        <source>I have printed it or stored it offline</source>
        <translation>印刷またはオフラインで保管しました</translation>
    </message>
    <message>
        <source>The vault is re-keyed. This is your new recovery key; the old one no longer opens the vault. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline. Destroy the old sheet.</source>
        <translation>保管庫の鍵を再生成しました。これが新しい回復キーです。古い回復キーでは保管庫を開けなくなりました。このキーは今だけ表示されます。回復シートを保存して印刷するか、キーを書き留めて、オフラインで保管してください。古い回復シートは破棄してください。</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the vault if you forget the password or lose this computer. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline.</source>
        <translation>これが回復キーです。パスワードを忘れたときや、この端末を紛失したときに、このキーで保管庫を開けます。このキーは今だけ表示されます。回復シートを保存して印刷するか、キーを書き留めて、オフラインで保管してください。</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>回復キーが保管されていません</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>キーを保管せずに閉じる</translation>
    </message>
    <message>
        <source>You have not confirmed that the new recovery key is kept. The old key no longer works, and this one is not shown again: without it, a forgotten password means the vault cannot be opened. Close anyway?</source>
        <translation>新しい回復キーを保管したことが確認されていません。古いキーはもう使えず、このキーも二度と表示されません。このキーがないと、パスワードを忘れたときに保管庫を開けなくなります。このまま閉じますか？</translation>
    </message>
    <message>
        <source>You have not confirmed that the recovery key is kept. Without it, a forgotten password means the vault cannot be opened again, and the key is not shown again. Close anyway?</source>
        <translation>回復キーを保管したことが確認されていません。このキーがないと、パスワードを忘れたときに保管庫を二度と開けなくなります。また、キーは二度と表示されません。このまま閉じますか？</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>回復シートの保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: {reason}</source>
        <translation>回復シートを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>{path} に保存しました。印刷したら、このファイルを削除してください。</translation>
    </message>
    <message>
        <source>That folder is synced by {service}: delete the file there soon.</source>
        <translation>このフォルダーは {service} で同期されています。早めにファイルを削除してください。</translation>
    </message>
    <message>
        <source>The key matches.</source>
        <translation>キーが一致しました。</translation>
    </message>
    <message>
        <source>{count} of {total} digits.</source>
        <translation>{count} / {total} 桁</translation>
    </message>
    <message>
        <source>This does not match the key above. Check each group.</source>
        <translation>上のキーと一致しません。各グループを確認してください。</translation>
    </message>
</context>
<context>
    <name>RedactedExportDialog</name>
    <message>
        <source>Redacted bundle</source>
        <translation>伏せ字バンドル</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>A redacted bundle of “{name}”: personal data replaced, special-care data and secrets left out, and every written file checked before it is kept.</source>
        <translation>「{name}」の伏せ字バンドルです。個人データは置き換えられ、要配慮個人情報と秘密情報は除外されます。書き出したファイルはすべて、保存を確定する前に検査されます。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポートしています</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the redacted bundle</source>
        <translation>伏せ字バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>&amp;All of the client&apos;s records</source>
        <translation>クライアントのすべての記録(&amp;A)</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>すべての記録</translation>
    </message>
    <message>
        <source>Only the &amp;checked records</source>
        <translation>チェックした記録のみ(&amp;C)</translation>
    </message>
    <message>
        <source>Only the checked records</source>
        <translation>チェックした記録のみ</translation>
    </message>
    <message>
        <source>Records to include</source>
        <translation>含める記録</translation>
    </message>
    <message>
        <source>Replace personal data</source>
        <translation>個人データの置き換え</translation>
    </message>
    <message>
        <source>How to replace: {kind}</source>
        <translation>置き換え方法: {kind}</translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation>{kind}:</translation>
    </message>
    <message>
        <source>Write it as</source>
        <translation>書き出し形式</translation>
    </message>
    <message>
        <source>A &amp;folder of files</source>
        <translation>ファイルを入れたフォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Write a folder</source>
        <translation>フォルダーとして書き出す</translation>
    </message>
    <message>
        <source>One &amp;zip file</source>
        <translation>1 つの zip ファイル(&amp;Z)</translation>
    </message>
    <message>
        <source>Write a zip file</source>
        <translation>zip ファイルとして書き出す</translation>
    </message>
    <message>
        <source>Also write a &amp;review page (PDF) for the client to approve</source>
        <translation>顧客の承認用に確認ページ（PDF）も書き出す(&amp;R)</translation>
    </message>
    <message>
        <source>Write a review page for the client</source>
        <translation>顧客用の確認ページを書き出す</translation>
    </message>
    <message>
        <source>One page with the redacted text and the phrases kept, beside the bundle; written only when the bundle passed the check.</source>
        <translation>匿名化した本文と残した語句を載せた1ページを、バンドルの隣に書き出します。バンドルが検査に合格したときだけ書き出します。</translation>
    </message>
    <message>
        <source>Original (stays in the vault)</source>
        <translation>元の内容（保管庫に残ります）</translation>
    </message>
    <message>
        <source>Redacted (goes into the bundle)</source>
        <translation>伏せ字にした内容（バンドルに入ります）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>プレビューを更新しています…</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>記録を読み込んでいます…</translation>
    </message>
    <message>
        <source>Records in the bundle: {count}</source>
        <translation>バンドルに含まれる記録: {count} 件</translation>
    </message>
    <message>
        <source>Always left out: special-care records {records}, special-care fields {fields}, secret fields {secrets}.</source>
        <translation>常に除外: 要配慮個人情報の記録 {records} 件、要配慮個人情報の項目 {fields} 件、秘密情報の項目 {secrets} 件</translation>
    </message>
    <message>
        <source>Nothing personal was found to replace.</source>
        <translation>置き換える個人データは見つかりませんでした。</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count} 件</translation>
    </message>
    <message>
        <source>Replaced: {parts}.</source>
        <translation>置き換え: {parts}</translation>
    </message>
    <message>
        <source>Save the redacted bundle</source>
        <translation>伏せ字バンドルの保存</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>zip ファイル (*.zip)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>新しいフォルダー (*)</translation>
    </message>
    <message>
        <source>Written and checked: {path}
Records: {records}. SHA-256: {sha256}</source>
        <translation>書き出して検査しました: {path}
記録: {records} 件。SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Review page for the client: {path}</source>
        <translation>顧客用の確認ページ: {path}</translation>
    </message>
    <message>
        <source>Nothing was exported because of an unexpected error ({kind}).</source>
        <translation>予期しないエラーのため、何もエクスポートしていません（{kind}）。</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>マイナンバー</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>Special-care sentence (health, record, creed …)</source>
        <translation>要配慮情報を含む文（健康・前科・信条など）</translation>
    </message>
    <message>
        <source>Term you added</source>
        <translation>追加した語句</translation>
    </message>
    <message>
        <source>Generalise (year and month)</source>
        <translation>一般化（年月のみ）</translation>
    </message>
    <message>
        <source>Generalise (prefecture only)</source>
        <translation>一般化（都道府県のみ）</translation>
    </message>
    <message>
        <source>Remove (a label instead)</source>
        <translation>削除（代わりにラベルを表示）</translation>
    </message>
    <message>
        <source>Mask (***)</source>
        <translation>マスク（***）</translation>
    </message>
    <message>
        <source>Pseudonym (the same for the same value)</source>
        <translation>別名に置き換え（同じ値には同じ別名）</translation>
    </message>
    <message>
        <source>{kind}: {operator}</source>
        <translation>{kind}: {operator}</translation>
    </message>
    <message>
        <source>{kind}: replaced in the bundle</source>
        <translation>{kind}: バンドルでは置き換えられます</translation>
    </message>
    <message>
        <source>Client: </source>
        <translation>クライアント: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>メモ: </translation>
    </message>
    <message>
        <source>{number}. {kind}: </source>
        <translation>{number}. {kind}: </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>バンドルファイル</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation>バンドルの SHA-256</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>SHA-256 をコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the bundle&apos;s SHA-256</source>
        <translation>バンドルの SHA-256 をコピー</translation>
    </message>
    <message>
        <source>How to open the file, for the mail</source>
        <translation>ファイルの開き方 (メール用)</translation>
    </message>
    <message>
        <source>Copy the &amp;note for the mail</source>
        <translation>メール用の案内をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;How to open it (paste into your mail):</source>
        <translation>開き方 (メールに貼り付けてください)(&amp;H):</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention reminder</source>
        <translation>保存期限のお知らせ</translation>
    </message>
    <message>
        <source>Revie&amp;w…</source>
        <translation>確認(&amp;W)…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the retention reminder</source>
        <translation>保存期限のお知らせを閉じる</translation>
    </message>
    <message>
        <source>Erased automatically: {count} records past their retention date (certificates saved).</source>
        <translation>保存期限を過ぎた記録 {count} 件を自動的に消去しました（消去証明書は保存済みです）。</translation>
    </message>
    <message>
        <source>1 item is past its retention date.</source>
        <translation>保存期限を過ぎた項目が 1 件あります。</translation>
    </message>
    <message>
        <source>{count} items are past their retention date.</source>
        <translation>保存期限を過ぎた項目が {count} 件あります。</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>That is not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</source>
        <translation>日付として読めません。2025-03-31、2025/3/31、R7.3.31、令和7年3月31日 のように入力してください。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>記録: {title}</translation>
    </message>
    <message>
        <source>Current retention</source>
        <translation>現在の保存期間</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>保存ルール</translation>
    </message>
    <message>
        <source>Inherit from the client or the record kind</source>
        <translation>クライアントまたは記録の種類の設定に従う</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation>保存期限(&amp;K):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The rule could not be changed because of an unexpected error.</source>
        <translation>予期しないエラーのため、ルールを変更できませんでした。</translation>
    </message>
    <message>
        <source>set on this record</source>
        <translation>この記録に設定</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <source>needs a date</source>
        <translation>日付の設定が必要</translation>
    </message>
    <message>
        <source>Rule: {rule} ({source}). Last kept day: {until}.</source>
        <translation>ルール: {rule}（{source}）。保存期限: {until}</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>法的保全中: {reason}</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Bookkeeping (7 years)</source>
        <translation>帳簿（7 年）</translation>
    </message>
    <message>
        <source>Qualified invoice (7 years)</source>
        <translation>適格請求書（7 年）</translation>
    </message>
    <message>
        <source>Contract or quote (5 years)</source>
        <translation>契約書・見積書（5 年）</translation>
    </message>
    <message>
        <source>Personal data (contract end + 30 days)</source>
        <translation>個人データ（契約終了後 30 日）</translation>
    </message>
    <message>
        <source>My Number (while needed)</source>
        <translation>マイナンバー（必要な間のみ）</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>Client details and key</source>
        <translation>クライアント情報と鍵</translation>
    </message>
    <message>
        <source>Books (帳簿): 7 years from 16 March after the year the record was made.</source>
        <translation>帳簿: 記録を作成した年の翌年 3 月 16 日から 7 年間。</translation>
    </message>
    <message>
        <source>Qualified invoices (適格請求書): 7 years from 16 March after the year.</source>
        <translation>適格請求書: その年の翌年 3 月 16 日から 7 年間。</translation>
    </message>
    <message>
        <source>Contracts, quotes and other transaction documents: 5 years from 16 March after the year.</source>
        <translation>契約書・見積書などの取引書類: その年の翌年 3 月 16 日から 5 年間。</translation>
    </message>
    <message>
        <source>Personal data the client handed over: 30 days after the contract ends.</source>
        <translation>クライアントから預かった個人データ: 契約終了の 30 日後まで。</translation>
    </message>
    <message>
        <source>My Number (マイナンバー): only while needed, so it needs the contract end or a fixed date.</source>
        <translation>マイナンバー: 必要な間だけ保存するため、契約終了日か保存期限の日付が必要です。</translation>
    </message>
    <message>
        <source>Kept until a date you choose.</source>
        <translation>指定した日付まで保存します。</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Scheduled backups</source>
        <translation>定期バックアップ</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>バックアップの頻度</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップ先フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>バックアップ先フォルダーを選択</translation>
    </message>
    <message>
        <source>Vault&apos;s own folder</source>
        <translation>保管庫のフォルダー</translation>
    </message>
    <message>
        <source>Back up into the vault&apos;s own backups folder</source>
        <translation>保管庫自身の backups フォルダーにバックアップ</translation>
    </message>
    <message>
        <source>Backups to keep in the folder</source>
        <translation>フォルダーに残すバックアップの数</translation>
    </message>
    <message>
        <source>Runs while the vault is unlocked, and at unlock when one is due. Older backups in the folder beyond the number kept are deleted; every backup is still reached when a client is erased.</source>
        <translation>保管庫のロックを解除している間と、予定の時期を過ぎていればロック解除時に実行します。残す数を超えた古いバックアップはフォルダーから削除します。クライアントを消去すると、どのバックアップからも消去されます。</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>バックアップ(&amp;B):</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>K&amp;eep the newest:</source>
        <translation>新しい順に残す数(&amp;E):</translation>
    </message>
    <message>
        <source>The vault&apos;s own backups folder</source>
        <translation>保管庫自身の backups フォルダー</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>検索の状態</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Erase the selected records…</source>
        <translation>選択した記録を消去…</translation>
    </message>
    <message>
        <source>For a person&apos;s request to erase their data: select their records in every client (Ctrl+click), then erase them with one certificate.</source>
        <translation>本人からデータ消去の依頼があった場合: すべてのクライアントからその人の記録を選択し（Ctrl+クリック）、1 通の消去証明書でまとめて消去します。</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>一致: {count} 件</translation>
    </message>
    <message>
        <source>(still indexing: more may appear)</source>
        <translation>（インデックスを作成中: さらに結果が表示される場合があります）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致する項目はありません</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Client (details match)</source>
        <translation>クライアント（詳細が一致）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>一致した項目</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密情報</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>{label} を表示</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>{label} をコピー</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>{label} をコピーします。クリップボードはしばらくすると消去されます。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>Special-care</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Ordinary business information.</source>
        <translation>通常の業務情報です。</translation>
    </message>
    <message>
        <source>Information that identifies a living person (personal information).</source>
        <translation>生存する個人を識別できる情報（個人情報）です。</translation>
    </message>
    <message>
        <source>Health, medical, criminal record, creed or similar information (要配慮個人情報); it needs the person&apos;s consent to collect or share.</source>
        <translation>健康・医療、犯罪歴、信条などの情報（要配慮個人情報）です。取得や第三者への提供には本人の同意が必要です。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>無操作でロックするまでの時間（分）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clear copied values after seconds</source>
        <translation>コピーした値を消去するまでの時間（秒）</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>ウィンドウを最小化したらロックする(&amp;M)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>言語の変更は再起動後に反映されます。</translation>
    </message>
    <message>
        <source>How dates are shown</source>
        <translation>日付の表示</translation>
    </message>
    <message>
        <source>Western years (2026/12/31)</source>
        <translation>西暦 (2026/12/31)</translation>
    </message>
    <message>
        <source>Japanese era (R8.12.31)</source>
        <translation>和暦 (R8.12.31)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>無操作でロックするまで(&amp;I):</translation>
    </message>
    <message>
        <source>Clear &amp;copied values after:</source>
        <translation>コピーした値を消去するまで(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日付(&amp;T):</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Hide this window from screenshots and screen &amp;sharing</source>
        <translation>スクリーンショットや画面共有にこのウィンドウを映さない(&amp;S)</translation>
    </message>
    <message>
        <source>Allow screen capture for {minutes} minutes</source>
        <translation>画面キャプチャを {minutes} 分間許可</translation>
    </message>
    <message>
        <source>Allow screen capture for a while</source>
        <translation>画面キャプチャを一時的に許可</translation>
    </message>
    <message>
        <source>This desktop offers no way to hide a window from capture. Use focus mode (Ctrl+Shift+F) when sharing your screen.</source>
        <translation>このデスクトップ環境では、ウィンドウを画面キャプチャから隠すことができません。画面を共有するときは、フォーカスモード（Ctrl+Shift+F）を使ってください。</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>設定を保存できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Lock (from any window, dialogs included)</source>
        <translation>ロック（ダイアログを含むどのウィンドウからでも）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>SpecialCareHint</name>
    <message>
        <source>Mark as special-care</source>
        <translation>要配慮個人情報にする</translation>
    </message>
    <message>
        <source>This looks like special-care information (“{term}”): health, disability, criminal records and the like. Marked special-care, the record is left out of redacted bundles, and an encrypted bundle warns before it goes out.</source>
        <translation>要配慮個人情報のようです（「{term}」）：病歴・障害・犯罪歴など。要配慮個人情報に設定すると、匿名化した共有からは除かれ、暗号化した共有では書き出す前に警告が出ます。</translation>
    </message>
</context>
<context>
    <name>SuspectsBox</name>
    <message>
        <source>a person&apos;s name (dictionary)</source>
        <translation>人名（辞書）</translation>
    </message>
    <message>
        <source>a person&apos;s name (context)</source>
        <translation>人名（文脈）</translation>
    </message>
    <message>
        <source>a special-care term</source>
        <translation>要配慮情報の語</translation>
    </message>
    <message>
        <source>a value the vault holds ({kind})</source>
        <translation>保管中の値（{kind}）</translation>
    </message>
    <message>
        <source>looks like: {kind}</source>
        <translation>{kind}らしき文字列</translation>
    </message>
    <message>
        <source>Leak gate: spans to decide</source>
        <translation>漏えいチェック：判断が必要な箇所</translation>
    </message>
    <message>
        <source>Suspect spans (tick to keep)</source>
        <translation>疑わしい箇所（残すものにチェック）</translation>
    </message>
    <message>
        <source>&amp;Redact selected</source>
        <translation>選択した箇所を伏せる(&amp;R)</translation>
    </message>
    <message>
        <source>Redact the selected suspect span</source>
        <translation>選択した疑わしい箇所を伏せ字にする</translation>
    </message>
    <message>
        <source>The leak gate doubts {count} span(s) of the redacted text. Tick each one that is harmless to keep it (it is named in the bundle&apos;s report), or redact it. Undecided: {undecided}.</source>
        <translation>漏えいチェックが匿名化後の文の {count} 箇所を疑っています。問題のないものはチェックして残す（バンドルのレポートに記載されます）か、伏せ字にしてください。未判断：{undecided}。</translation>
    </message>
    <message>
        <source>The leak gate doubts this span</source>
        <translation>漏えいチェックが疑っている箇所</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Erase what is due</source>
        <translation>期限が来た項目の消去</translation>
    </message>
    <message>
        <source>These items are past their last kept day. Erasing writes one deletion certificate per client. Items on legal hold are kept.</source>
        <translation>次の項目は保存期限を過ぎています。消去すると、クライアントごとに消去証明書が 1 通作成されます。法的保全中の項目は消去されません。</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>読み込みの状態</translation>
    </message>
    <message>
        <source>Items to erase</source>
        <translation>消去する項目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>今すぐ消去(&amp;E)…</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>今すぐ消去</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Clients erased</source>
        <translation>消去したクライアント</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after the current client</source>
        <translation>現在のクライアントの処理後に中止</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Deletion certificates</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the certificate&apos;s folder</source>
        <translation>証明書のフォルダーを開く</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Erase without asking, when the vault is unlocked</source>
        <translation>保管庫のロック解除時に確認せずに消去</translation>
    </message>
    <message>
        <source>Whole clients (after their contract ended)</source>
        <translation>クライアント全体（契約終了後）</translation>
    </message>
    <message>
        <source>Erase without asking: {rule}</source>
        <translation>確認せずに消去: {rule}</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>期限が来た項目を探しています…</translation>
    </message>
    <message>
        <source>Nothing is past its last kept day.</source>
        <translation>保存期限を過ぎた項目はありません。</translation>
    </message>
    <message>
        <source>Records: {records} · Clients: {clients} · Erased whole, with their key: {whole} · On legal hold (kept): {held}</source>
        <translation>記録: {records} 件 · クライアント: {clients} 件 · 鍵を含めて全体を消去: {whole} 件 · 法的保全中（消去しない）: {held} 件</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>問題が発生しました（{kind}）。</translation>
    </message>
    <message>
        <source>Erase {records} records of {clients} clients now ({whole} of them whole, with their key)? One deletion certificate is written per client. This cannot be undone. Items on legal hold are kept: {held}.</source>
        <translation>{clients} 件のクライアントの記録 {records} 件を今すぐ消去しますか？（うち {whole} 件のクライアントは、鍵を含めて全体を消去します）クライアントごとに消去証明書が 1 通作成されます。この操作は元に戻せません。法的保全中のため消去されない項目: {held} 件</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Erased {done} of {total} clients…</source>
        <translation>クライアントを消去しています（{done} / {total} 件完了）…</translation>
    </message>
    <message>
        <source>Stopping after the current client…</source>
        <translation>現在のクライアントの処理が終わったら中止します…</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} clients erased. The rest is listed again.</source>
        <translation>中止しました: {total} 件中 {done} 件のクライアントを消去しました。残りの項目は一覧に再表示されます。</translation>
    </message>
    <message>
        <source>Erased: {done} clients. Their deletion certificates:</source>
        <translation>{done} 件のクライアントを消去しました。消去証明書:</translation>
    </message>
    <message>
        <source>The sweep stopped: {problem} Clients erased before it stopped have their certificates; the list is loaded again.</source>
        <translation>一括消去が中断されました: {problem} 中断前に消去したクライアントの証明書は作成済みです。一覧を読み込み直します。</translation>
    </message>
    <message>
        <source>{date} · {client}: {folder}</source>
        <translation>{date} · {client}: {folder}</translation>
    </message>
</context>
<context>
    <name>SweepModel</name>
    <message>
        <source>On legal hold: kept</source>
        <translation>法的保全中: 消去しない</translation>
    </message>
    <message>
        <source>Client erased whole, with its key</source>
        <translation>クライアント全体を鍵ごと消去</translation>
    </message>
    <message>
        <source>Erased with the client</source>
        <translation>クライアントとともに消去</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>{client} (client details and key)</source>
        <translation>{client}（クライアント情報と鍵）</translation>
    </message>
    <message>
        <source>On legal hold, so it is not erased: {reason}</source>
        <translation>法的保全中のため消去されません: {reason}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Last kept day</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>処理内容</translation>
    </message>
</context>
<context>
    <name>TermsBox</name>
    <message>
        <source>Also redact these terms</source>
        <translation>次の語句も伏せ字にする</translation>
    </message>
    <message>
        <source>Term to redact</source>
        <translation>伏せ字にする語句</translation>
    </message>
    <message>
        <source>A project name, a place, a nickname…</source>
        <translation>プロジェクト名、地名、ニックネームなど…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the term</source>
        <translation>語句を追加</translation>
    </message>
    <message>
        <source>Terms to redact</source>
        <translation>伏せ字にする語句の一覧</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>語句を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected term</source>
        <translation>選択した語句を削除</translation>
    </message>
    <message>
        <source>Problem with the term</source>
        <translation>語句の問題</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Items due per month</source>
        <translation>月別の消去予定件数</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count} 件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{label}: 1 item</source>
        <translation>{label}: 1 件</translation>
    </message>
    <message>
        <source>{label}: {count} items</source>
        <translation>{label}: {count} 件</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>消去予定はありません</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>ClientVault is locked</source>
        <translation>ClientVault はロックされています</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>保管庫のフォルダー: {folder}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>回復キー(&amp;R):</translation>
    </message>
    <message>
        <source>Use a recovery &amp;key instead</source>
        <translation>代わりに回復キーを使う(&amp;K)</translation>
    </message>
    <message>
        <source>Use a recovery key instead</source>
        <translation>代わりに回復キーを使う</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>ロックを解除しています</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <source>This vault is inside a {service} folder. Sync apps can corrupt an open vault; move it to a folder that is not synced and keep only backups there.</source>
        <translation>この保管庫は {service} のフォルダー内にあります。同期ソフトは開いている保管庫を壊すことがあります。同期されないフォルダーに移し、同期フォルダーにはバックアップだけを置いてください。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>A recovery key has only digits, spaces and hyphens.</source>
        <translation>回復キーに使える文字は、数字、スペース、ハイフンだけです。</translation>
    </message>
    <message>
        <source>There is a typo: the last group does not match the others. Check each group against your recovery sheet.</source>
        <translation>入力ミスがあります: 最後のグループがほかのグループと整合しません。各グループを回復シートと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>{count} of {total} digits.</source>
        <translation>{count} / {total} 桁</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>回復キーで開きました</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. If you have forgotten your password, choose a new one now with Change password. The recovery key stays the same.</source>
        <translation>回復キーで保管庫を開きました。パスワードを忘れた場合は、今すぐ「パスワードの変更」で新しいパスワードを設定してください。回復キーは変わりません。</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. It may belong to another vault, or to this vault before its key was replaced.</source>
        <translation>この回復キーではこの保管庫を開けません。別の保管庫のキーか、鍵を置き換える前のこの保管庫のキーである可能性があります。</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and that Japanese input (IME) is off, then try again.</source>
        <translation>パスワードが正しくありません。Caps Lock と日本語入力（IME）がオフになっていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The vault folder could not be read: {reason}</source>
        <translation>保管庫のフォルダーを読み取れませんでした: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>保管庫を開けませんでした（{kind}）。</translation>
    </message>
    <message>
        <source>This vault also needs a secret stored on the computer where it was set up, and this computer&apos;s keyring does not have it. Unlock with your recovery key instead.</source>
        <translation>この保管庫を開くには、作成時の端末に保存された秘密情報も必要ですが、この端末のキーリングには見つかりません。代わりに回復キーでロックを解除してください。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of ClientVault. Update ClientVault to open it.</source>
        <translation>この保管庫は新しいバージョンの ClientVault で作成されています。開くには ClientVault をアップデートしてください。</translation>
    </message>
    <message>
        <source>The vault file is damaged or was altered, so it cannot be opened. Your password was not the problem. Restore the vault folder from a backup.</source>
        <translation>保管庫のファイルが破損しているか改ざんされているため、開けません。パスワードに問題があるわけではありません。バックアップから保管庫のフォルダーを復元してください。</translation>
    </message>
    <message>
        <source>This vault is already open in another ClientVault window or command. Close it there first, then try again.</source>
        <translation>この保管庫は、別の ClientVault のウィンドウまたはコマンドですでに開かれています。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>VaultFieldNames</name>
    <message>
        <source>e-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>retention date</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>furigana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名前・タイトル</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>hold reason</source>
        <translation>保全の理由</translation>
    </message>
</context>
<context>
    <name>VaultMenus</name>
    <message>
        <source>&amp;Open vault…</source>
        <translation>保管庫を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;vault…</source>
        <translation>新しい保管庫(&amp;V)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近の保管庫(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>デモ用の保管庫を開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About ClientVault</source>
        <translation>ClientVault について(&amp;A)</translation>
    </message>
    <message>
        <source>No other recent vaults</source>
        <translation>ほかに最近の保管庫はありません</translation>
    </message>
    <message>
        <source>Open the folder of a vault</source>
        <translation>保管庫のフォルダーを開く</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>保管庫を開く</translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation>{folder} に保管庫はありません。</translation>
    </message>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>新しい保管庫のフォルダーを選択</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新しい保管庫</translation>
    </message>
    <message>
        <source>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</source>
        <translation>{folder} にはすでに保管庫があります。「保管庫」&gt;「保管庫を開く…」で開くか、別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>問題が発生しました（{kind}）。</translation>
    </message>
    <message>
        <source>The source file was overwritten once and deleted. On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups or synced copies keep theirs: full-disk encryption is what protects those.</source>
        <translation>元のファイルを 1 回上書きしてから削除しました。SSD やコピーオンライト方式のファイルシステム（APFS、Btrfs、ZFS）では、上書きが元のデータに確実に届くとは限りません。また、バックアップや同期されたコピーは残ります。それらを守るのはディスク全体の暗号化です。</translation>
    </message>
    <message>
        <source>The vault&apos;s disk is full, so this export is not in the access log yet: it was noted in a small sealed file in the vault folder and will be added to the log at the next unlock with room.</source>
        <translation>保管庫のディスクがいっぱいのため、このエクスポートはまだアクセス記録に載っていません。保管庫フォルダー内の小さな暗号化ファイルに控えたので、空きのある状態で次にロックを解除したときに記録へ追加されます。</translation>
    </message>
    <message>
        <source>The vault folder cannot be written (its disk is full or it is read-only), so this export could not be recorded anywhere: it is not in the access log and will not be added later.</source>
        <translation>保管庫フォルダーに書き込めない（ディスクがいっぱい、または読み取り専用）ため、このエクスポートはどこにも記録できませんでした。アクセス記録には載らず、後から追加されることもありません。</translation>
    </message>
    <message>
        <source>The vault folder cannot be written, so this passphrase was not kept and cannot be told again later: note it now.</source>
        <translation>保管庫フォルダーに書き込めないため、このパスフレーズは保存されず、後でもう一度表示することはできません。今のうちに控えてください。</translation>
    </message>
    <message>
        <source>This system has no backup exclusion that every backup tool honours: leave the vault folder out of your backup tool yourself, and use ClientVault&apos;s own backups, which erasures reach.</source>
        <translation>このシステムには、どのバックアップツールにも効く除外設定がありません。お使いのバックアップツールで保管庫フォルダーをご自身で対象外にし、消去が届く ClientVault 自身のバックアップを使ってください。</translation>
    </message>
    <message>
        <source>Time Machine refused to exclude the vault folder: exclude it in its settings, and use ClientVault&apos;s own backups, which erasures reach.</source>
        <translation>Time Machine が保管庫フォルダーの除外を受け付けませんでした。Time Machine の設定で除外し、消去が届く ClientVault 自身のバックアップを使ってください。</translation>
    </message>
    <message>
        <source>The vault folder is excluded from Time Machine; ClientVault&apos;s own backups are the supported way.</source>
        <translation>保管庫フォルダーを Time Machine の対象から外しました。バックアップには ClientVault 自身のバックアップを使ってください。</translation>
    </message>
    <message>
        <source>Cancelled; no notice was written.</source>
        <translation>中止しました。お知らせは 1 件も書き出していません。</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --pdf.</source>
        <translation>--json、--csv、--pdf のいずれか1つを指定してください。</translation>
    </message>
    <message>
        <source>A signed log is one client&apos;s: give --client and --out.</source>
        <translation>署名付きの記録は顧客ごとです。--client と --out を指定してください。</translation>
    </message>
    <message>
        <source>--out writes the signed log; add --signed.</source>
        <translation>--out は署名付きの記録を書き出します。--signed を付けてください。</translation>
    </message>
    <message>
        <source>Offboarding erases the client for good; add --yes to go ahead.</source>
        <translation>契約終了処理は顧客を完全に消去します。続けるには --yes を付けてください。</translation>
    </message>
    <message>
        <source>The output path exists and is not a folder; nothing was written.</source>
        <translation>出力先はフォルダーではないものが既にあります。何も書き出していません。</translation>
    </message>
    <message>
        <source>The output folder is not empty; nothing was written.</source>
        <translation>出力先フォルダーが空ではありません。何も書き出していません。</translation>
    </message>
    <message>
        <source>The folder for the output does not exist.</source>
        <translation>出力先の親フォルダーがありません。</translation>
    </message>
    <message>
        <source>Audit entry {seq} does not exist.</source>
        <translation>監査記録 {seq} はありません。</translation>
    </message>
    <message>
        <source>Answer yes, no or unknown.</source>
        <translation>yes、no、unknown のいずれかで答えてください。</translation>
    </message>
    <message>
        <source>Unknown incident kind; use one of: {kinds}.</source>
        <translation>不明な事故の種類です。次のいずれかを使ってください：{kinds}。</translation>
    </message>
    <message>
        <source>Give a role as CLIENT_ID=operator or CLIENT_ID=contractor.</source>
        <translation>立場は CLIENT_ID=operator または CLIENT_ID=contractor で指定してください。</translation>
    </message>
    <message>
        <source>The discovery time is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>発覚日時が日時になっていません（YYYY-MM-DD HH:MM の形式で）。</translation>
    </message>
    <message>
        <source>The discovery time is in the future.</source>
        <translation>発覚日時が未来になっています。</translation>
    </message>
    <message>
        <source>A misdelivery names the bundle that went astray: give --export-id.</source>
        <translation>誤送付では、誤って送ったファイルを指定してください（--export-id）。</translation>
    </message>
    <message>
        <source>There is no incident with id {id}.</source>
        <translation>ID {id} の事故はありません。</translation>
    </message>
    <message>
        <source>The status is open or closed.</source>
        <translation>状態は open または closed です。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容がありません。</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not an encrypted bundle export (see &apos;clientvault audit show&apos;).</source>
        <translation>監査記録 {seq} は暗号化ファイルの書き出しではありません（clientvault audit show で確認できます）。</translation>
    </message>
    <message>
        <source>That export is of another client than the one given.</source>
        <translation>その書き出しは指定した顧客のものではありません。</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>ID {id} の顧客はありません。</translation>
    </message>
    <message>
        <source>Client {id} is not concerned by this incident.</source>
        <translation>顧客 {id} はこの事故の対象ではありません。</translation>
    </message>
    <message>
        <source>Unknown incident field {field}.</source>
        <translation>事故の項目 {field} は不明です。</translation>
    </message>
    <message>
        <source>The audit log has no entry for client {id}.</source>
        <translation>監査ログに顧客 {id} の記録はありません。</translation>
    </message>
    <message>
        <source>Some of this client&apos;s data is on legal hold; release it first.</source>
        <translation>この顧客のデータの一部が訴訟ホールド中です。先に解除してください。</translation>
    </message>
    <message>
        <source>The returned file changed after it was written; nothing was erased.</source>
        <translation>返却ファイルが書き出し後に変わりました。何も消去していません。</translation>
    </message>
    <message>
        <source>Choose the contact person the data goes back to (--contact).</source>
        <translation>データの返却先の担当者を選んでください（--contact）。</translation>
    </message>
    <message>
        <source>Furigana can hold only kana (hiragana or katakana), spaces and ー.</source>
        <translation>ふりがなに使えるのは、かな（ひらがな・カタカナ）、スペース、ー だけです。</translation>
    </message>
    <message>
        <source>Unknown draft form.</source>
        <translation>不明な下書きの種類です。</translation>
    </message>
    <message>
        <source>The rollback pin in the OS keyring is not one ClientVault wrote; nothing was changed.</source>
        <translation>OS のキーリングにあるロールバック防止の記録は ClientVault が書いたものではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>vault.db and vault.header are older than this device&apos;s pin in the OS keyring (audit entry {seq}): an older copy of the vault was put back (a rollback). Nothing was changed; put the current vault back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</source>
        <translation>vault.db と vault.header が、この端末の OS キーリングに記録された位置（監査記録 {seq}）より古くなっています。保管庫の古いコピーが戻されました（ロールバック）。何も変更していません。現在の保管庫を元に戻してください。意図して過去に戻すには、消去を消去済みのまま保つ「clientvault backup restore」を使ってください。</translation>
    </message>
    <message>
        <source>A cleanup names a client folder that is not a client id.</source>
        <translation>後片付けの一覧に、クライアント ID ではないフォルダー名が含まれています。</translation>
    </message>
    <message>
        <source>A cleanup names a file that is not an attachment id.</source>
        <translation>後片付けの一覧に、添付ファイル ID ではないファイル名が含まれています。</translation>
    </message>
    <message>
        <source>A cleanup names a path outside the vault&apos;s blobs folder.</source>
        <translation>後片付けの一覧に、保管庫の blobs フォルダー外のパスが含まれています。</translation>
    </message>
    <message>
        <source>An erasure&apos;s cleanup list was not written by this vault; it was not acted on.</source>
        <translation>消去の後片付け一覧はこの保管庫が書いたものではないため、実行しませんでした。</translation>
    </message>
    <message>
        <source>KDF settings above {memory} MiB, {passes} passes or {work} MiB-passes in all are not supported.</source>
        <translation>{memory} MiB、{passes} 回、または合計 {work} MiB・回を超える鍵導出の設定には対応していません。</translation>
    </message>
    <message>
        <source>That is not the new recovery key; it is still waiting.</source>
        <translation>新しい回復キーと一致しません。確認待ちのままです。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({free} KiB free; ClientVault needs at least {needed} KiB to write), so nothing can be changed; reading still works. Free some space to change anything.</source>
        <translation>{folder} のあるディスクがいっぱいです（空き {free} KiB。書き込みには少なくとも {needed} KiB 必要です）。変更はできませんが、閲覧はできます。変更するには空き容量を確保してください。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: the change needed more room than was free, and it was rolled back. Free some space and try again.</source>
        <translation>{folder} のあるディスクがいっぱいです。変更に必要な空き容量が足りなかったため、取り消しました。空き容量を確保してからやり直してください。</translation>
    </message>
    <message>
        <source>The vault folder {folder} is read-only, so nothing can be changed; reading still works. Make the folder writable to change anything.</source>
        <translation>保管庫フォルダー {folder} は読み取り専用のため、変更はできませんが、閲覧はできます。変更するにはフォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>The vault header asks for more key-derivation work than ClientVault ever writes; it was not attempted.</source>
        <translation>vault header が、ClientVault が書き込むことのない大きさの鍵導出を求めています。実行しませんでした。</translation>
    </message>
    <message>
        <source>The vault was opened read-only because its disk was full or its folder read-only; lock and unlock it again to change anything.</source>
        <translation>ディスクがいっぱいか、フォルダーが読み取り専用だったため、保管庫を読み取り専用で開きました。変更するには、いったんロックしてから再度ロック解除してください。</translation>
    </message>
    <message>
        <source>There is no new recovery key waiting to be confirmed.</source>
        <translation>確認待ちの新しい回復キーはありません。</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check on opening: it was altered, truncated or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db を開く際の整合性チェックに失敗しました。改変・切り詰め・破損のいずれかです。何も変更していません。復元するには、保管庫のバックアップのいずれかを新しいフォルダーにコピーし、そのフォルダーをバックアップ作成時のパスワードで開いてください。</translation>
    </message>
    <message>
        <source>vault.db holds no vault data, though vault.header says this vault was made: it was replaced or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.header ではこの保管庫は作成済みですが、vault.db に保管庫のデータがありません。差し替えられたか破損しています。何も変更していません。復元するには、保管庫のバックアップのいずれかを新しいフォルダーにコピーし、そのフォルダーをバックアップ作成時のパスワードで開いてください。</translation>
    </message>
    <message>
        <source>vault.db in the vault folder is not a file.</source>
        <translation>保管庫フォルダーの vault.db がファイルではありません。</translation>
    </message>
    <message>
        <source>vault.db is empty (0 bytes), though vault.header says this vault was made: it was damaged or replaced. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.header ではこの保管庫は作成済みですが、vault.db が空（0 バイト）です。破損したか差し替えられています。何も変更していません。復元するには、保管庫のバックアップのいずれかを新しいフォルダーにコピーし、そのフォルダーをバックアップ作成時のパスワードで開いてください。</translation>
    </message>
    <message>
        <source>vault.db is missing from the vault folder. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>保管庫フォルダーに vault.db がありません。何も変更していません。復元するには、保管庫のバックアップのいずれかを新しいフォルダーにコピーし、そのフォルダーをバックアップ作成時のパスワードで開いてください。</translation>
    </message>
    <message>
        <source>vault.db is truncated ({size} bytes, not whole pages): it was damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db が切り詰められています（{size} バイト。ページ単位になっていません）。破損しています。何も変更していません。復元するには、保管庫のバックアップのいずれかを新しいフォルダーにコピーし、そのフォルダーをバックアップ作成時のパスワードで開いてください。</translation>
    </message>
    <message>
        <source>A name or title cannot contain control characters (such as ESC, CR or a right-to-left override).</source>
        <translation>名前やタイトルには制御文字（ESC、CR、右から左への上書きなど）を含められません。</translation>
    </message>
    <message>
        <source>Argument {number} is not valid UTF-8 text.</source>
        <translation>{number} 番目の引数が正しい UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>That age public key is a low-order key that nobody can decrypt for; ask the client for the public key their age program shows.</source>
        <translation>その age 公開鍵は低位数の鍵で、誰も復号できません。クライアントの age プログラムが表示する公開鍵を送ってもらってください。</translation>
    </message>
    <message>
        <source>The fields line is not JSON; write it like {example}.</source>
        <translation>フィールドの行が JSON ではありません。{example} のように記述してください。</translation>
    </message>
    <message>
        <source>The fields line must be a JSON object of texts, like {example}.</source>
        <translation>フィールドの行は、{example} のような、値がすべて文字列の JSON オブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The path given for {option} holds a NUL character.</source>
        <translation>{option} に指定したパスに NUL 文字が含まれています。</translation>
    </message>
    <message>
        <source>The {what} on standard input is not valid UTF-8 text.</source>
        <translation>標準入力の {what} が正しい UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>vault.db is older than the erasure certificates in the vault folder ({count} erasures it does not know): an older copy was put back (a rollback). Nothing was changed; put the current vault.db back.</source>
        <translation>vault.db が保管庫フォルダー内の消去証明書より古くなっています（記録のない消去が {count} 件あります）。古いコピーが戻されました（ロールバック）。何も変更していません。現在の vault.db を元に戻してください。</translation>
    </message>
    <message>
        <source>vault.db is older than vault.header (it lacks audit entry {seq}): an older copy was put back (a rollback) or its newest entries were removed. Nothing was changed; put the current vault.db back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</source>
        <translation>vault.db が vault.header より古くなっています（監査ログの項目 {seq} がありません）。古いコピーが戻された（ロールバック）か、最新の項目が削除されています。何も変更していません。現在の vault.db を元に戻してください。意図して以前の状態に戻すには、消去済みのデータを消去したまま戻せる「clientvault backup restore」を使ってください。</translation>
    </message>
    <message>
        <source>vault.header is damaged: it is far larger than any header.</source>
        <translation>vault.header が破損しています。ヘッダーとしては大きすぎます。</translation>
    </message>
    <message>
        <source>vault.header is not a regular file (a link or a device).</source>
        <translation>vault.header が通常のファイルではありません（リンクまたはデバイスです）。</translation>
    </message>
    <message>
        <source>A generated password is {low} to {high} characters long.</source>
        <translation>生成するパスワードは {low}〜{high} 文字です。</translation>
    </message>
    <message>
        <source>Choose at least one kind of character for the password.</source>
        <translation>パスワードに使う文字の種類を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>vault.db asks for its records to be converted from the old format again, which only a change to the database itself can do: it was altered.</source>
        <translation>vault.db が記録を旧形式から再度変換するよう求めています。これはデータベース自体を書き換えない限り起こりません。改ざんされています。</translation>
    </message>
    <message>
        <source>The re-key was cancelled; nothing was changed.</source>
        <translation>鍵の再生成を取り消しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>A stored value failed its integrity check while the vault was re-keyed; nothing was changed.</source>
        <translation>鍵の再生成中に、保存されている値が整合性チェックに失敗しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Choose the contact person with --contact (the id of one of this client&apos;s contact records).</source>
        <translation>--contact で担当者を指定してください（このクライアントの担当者の記録の ID）。</translation>
    </message>
    <message>
        <source>Give either --recipient or --passphrase, not both.</source>
        <translation>--recipient と --passphrase は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>An encrypted PDF opens with a passphrase; leave out --recipient.</source>
        <translation>暗号化 PDF はパスフレーズで開くため、--recipient は指定しないでください。</translation>
    </message>
    <message>
        <source>Operators are given as TYPE=OPERATOR, for example email=mask.</source>
        <translation>置き換え方法は TYPE=OPERATOR の形式（例: email=mask）で指定してください。</translation>
    </message>
    <message>
        <source>--delete-source deletes the file after a real import; drop --dry-run.</source>
        <translation>--delete-source は実際のインポート後にファイルを削除します。--dry-run を外してください。</translation>
    </message>
    <message>
        <source>The source file could not be deleted ({reason}).</source>
        <translation>元のファイルを削除できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>キャンセルしました。何もインポートしていません。</translation>
    </message>
    <message>
        <source>The file changed since its columns were chosen; choose them again.</source>
        <translation>列を選んだ後にファイルが変更されました。列を選び直してください。</translation>
    </message>
    <message>
        <source>The source file is already gone.</source>
        <translation>元のファイルはすでにありません。</translation>
    </message>
    <message>
        <source>The source file is not a regular file; it was not deleted.</source>
        <translation>元のファイルは通常のファイルではないため、削除しませんでした。</translation>
    </message>
    <message>
        <source>The client name is empty.</source>
        <translation>クライアント名が空です。</translation>
    </message>
    <message>
        <source>The source file is a symbolic link; delete the file it points to yourself.</source>
        <translation>元のファイルはシンボリックリンクです。リンク先のファイルはご自身で削除してください。</translation>
    </message>
    <message>
        <source>The column map gives {role} neither a header, a column number nor a list of them.</source>
        <translation>列の対応付けで、{role} に見出し、列番号、またはそれらのリストのいずれも指定されていません。</translation>
    </message>
    <message>
        <source>The column map names a header for {role} that the file does not have.</source>
        <translation>列の対応付けで {role} に指定された見出しが、ファイルにありません。</translation>
    </message>
    <message>
        <source>The column map names a header for {role} that the file has more than once; give its column number instead.</source>
        <translation>列の対応付けで {role} に指定された見出しが、ファイル内に複数あります。代わりに列番号を指定してください。</translation>
    </message>
    <message>
        <source>The column map gives {role} column {number}, but the file has {count} columns (numbers count from 1).</source>
        <translation>列の対応付けで {role} に {number} 列目が指定されていますが、ファイルの列数は {count} です（列番号は 1 から数えます）。</translation>
    </message>
    <message>
        <source>The column map has an unknown role; use: {roles}.</source>
        <translation>列の対応付けに不明な役割があります。次を使用してください: {roles}。</translation>
    </message>
    <message>
        <source>Row {row} is neither UTF-8 nor Shift_JIS text; save the file as CSV UTF-8 and import that.</source>
        <translation>{row} 行目は UTF-8 でも Shift_JIS でもありません。ファイルを CSV UTF-8 形式で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds more than {limit:,} characters; that is not a client list.</source>
        <translation>{row} 行目の {column} 列目が {limit:,} 文字を超えています。クライアントリストとしては読み込めません。</translation>
    </message>
    <message>
        <source>Row {row} is longer than {limit:,} bytes; that is not a client list.</source>
        <translation>{row} 行目が {limit:,} バイトを超えています。クライアントリストとしては読み込めません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet by that name ({count} sheets).</source>
        <translation>ブックにその名前のシートはありません（シート数: {count}）。</translation>
    </message>
    <message>
        <source>The file has no header row: it is empty.</source>
        <translation>ファイルに見出し行がありません（ファイルが空です）。</translation>
    </message>
    <message>
        <source>Row {row} holds a cell of more than {limit:,} characters; that is not a client list.</source>
        <translation>{row} 行目に {limit:,} 文字を超えるセルがあります。クライアントリストとしては読み込めません。</translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows; split it into smaller files and import them one by one.</source>
        <translation>ファイルの行数が {limit:,} 行を超えています。小さなファイルに分割して、1 つずつインポートしてください。</translation>
    </message>
    <message>
        <source>The sheet has no header row: it is empty.</source>
        <translation>シートに見出し行がありません（シートが空です）。</translation>
    </message>
    <message>
        <source>The workbook holds more than {limit:,} parts.</source>
        <translation>ブック内部のファイル（パーツ）が {limit:,} 個を超えています。</translation>
    </message>
    <message>
        <source>The workbook holds a part named outside itself (path traversal); it was not opened.</source>
        <translation>ブックの外を指す名前の内部ファイルが含まれています（パストラバーサル）。このブックは開きませんでした。</translation>
    </message>
    <message>
        <source>The workbook contains macros; save it as .xlsx (without macros) and import that.</source>
        <translation>ブックにマクロが含まれています。マクロなしの .xlsx 形式で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The workbook links to other workbooks; copy the values into it (Paste Values), remove the links, and import that.</source>
        <translation>ブックがほかのブックにリンクしています。値をコピーして貼り付け（値の貼り付け）、リンクを解除してから、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>This is an old .xls workbook or a password-protected one; save it as .xlsx without a password (or as CSV UTF-8) and import that.</source>
        <translation>古い .xls 形式のブックか、パスワードで保護されたブックです。パスワードなしの .xlsx 形式（または CSV UTF-8 形式）で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>A sheet can only be chosen in an Excel workbook; this is a CSV file.</source>
        <translation>シートを選べるのは Excel ブックだけです。このファイルは CSV ファイルです。</translation>
    </message>
    <message>
        <source>The file to import is a folder.</source>
        <translation>インポートしようとしたものはフォルダーです。</translation>
    </message>
    <message>
        <source>The file to import is not a regular file.</source>
        <translation>インポートしようとしたものは通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file to import does not exist.</source>
        <translation>インポートするファイルがありません。</translation>
    </message>
    <message>
        <source>The file to import cannot be read ({reason}).</source>
        <translation>インポートするファイルを読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Row {row} contains a NUL byte; this is not a text CSV file.</source>
        <translation>{row} 行目に NUL バイトが含まれています。テキスト形式の CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>This CSV is UTF-16 text; save it as CSV UTF-8 and import that.</source>
        <translation>この CSV は UTF-16 のテキストです。CSV UTF-8 形式で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Row {row} has more than {limit} columns; that is not a client list.</source>
        <translation>{row} 行目の列数が {limit} を超えています。クライアントリストとしては読み込めません。</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an Excel file; nothing was read.</source>
        <translation>ブックが破損しているか、Excel ファイルではありません。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>ブックにワークシートがありません。</translation>
    </message>
    <message>
        <source>The workbook holds two parts with the same name; it was not opened.</source>
        <translation>ブックに同じ名前の内部ファイルが 2 つあります。このブックは開きませんでした。</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more than it holds (a zip bomb); it was not opened.</source>
        <translation>ブックを展開すると、元のサイズよりはるかに大きくなります（zip 爆弾）。このブックは開きませんでした。</translation>
    </message>
    <message>
        <source>Row {row} is not valid {encoding} text like the rows before it; the file mixes encodings or is damaged.</source>
        <translation>{row} 行目は、それより前の行と異なり、正しい {encoding} のテキストではありません。ファイル内で文字コードが混在しているか、ファイルが破損しています。</translation>
    </message>
    <message>
        <source>The sheet is damaged near row {row}; nothing was imported.</source>
        <translation>シートの {row} 行目付近が破損しています。何もインポートしていません。</translation>
    </message>
    <message>
        <source>Row {row} is not well-formed CSV (a stray quote or an unclosed one).</source>
        <translation>{row} 行目の CSV の形式が正しくありません（余分な引用符か、閉じていない引用符があります）。</translation>
    </message>
    <message>
        <source>A term to redact needs at least two characters.</source>
        <translation>伏せ字にする語句は 2 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The review page was not written: its name holds personal data ({kind}); choose another name.</source>
        <translation>確認用のページは書き出していません。ファイル名に個人情報（{kind}）が含まれています。別の名前にしてください。</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the export.</source>
        <translation>{path} はすでに存在します。エクスポート先に新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} がありません。</translation>
    </message>
    <message>
        <source>The export was refused: its name holds personal data ({kind}); choose another name.</source>
        <translation>エクスポートを中止しました: 名前に個人データ（{kind}）が含まれています。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is part of the wording of every bundle and cannot be redacted.</source>
        <translation>「{term}」はすべてのバンドルに共通する文言の一部のため、伏せ字にできません。</translation>
    </message>
    <message>
        <source>The export was refused: personal data ({kind}) was found in {file}; nothing was written.</source>
        <translation>エクスポートを中止しました: {file} に個人データ（{kind}）が見つかりました。何も書き出していません。</translation>
    </message>
    <message>
        <source>Could not write the export to {path}: {reason}.</source>
        <translation>{path} にエクスポートを書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>No record {record} among this client&apos;s records.</source>
        <translation>このクライアントの記録に {record} はありません。</translation>
    </message>
    <message>
        <source>The export was refused: {file} could not be checked; nothing was written.</source>
        <translation>エクスポートを中止しました: {file} を検査できませんでした。何も書き出していません。</translation>
    </message>
    <message>
        <source>The export was refused: {count} suspect spans ({reason}) in {file} were neither redacted nor kept; nothing was written.</source>
        <translation>書き出しを中止しました: {file} に、伏せ字にも確認済みにもなっていない疑わしい箇所が {count} 件（{reason}）あります。何も書き出していません。</translation>
    </message>
    <message>
        <source>This record looks special-care (&apos;{term}&apos;); add --sensitivity special-care, or --sensitivity normal to keep it as it is.</source>
        <translation>この記録は要配慮情報を含むようです（「{term}」）。--sensitivity special-care を指定するか、そのままにするなら --sensitivity normal を指定してください。</translation>
    </message>
    <message>
        <source>Unknown kind of personal data &apos;{kind}&apos;; use one of: {kinds}.</source>
        <translation>不明な個人データの種類「{kind}」です。次のいずれかを使用してください: {kinds}。</translation>
    </message>
    <message>
        <source>Unknown operator &apos;{operator}&apos;; use one of: {operators}.</source>
        <translation>不明な置き換え方法「{operator}」です。次のいずれかを使用してください: {operators}。</translation>
    </message>
    <message>
        <source>Only dates and addresses can be generalised, not {kind}.</source>
        <translation>一般化できるのは日付と住所だけです（{kind} は一般化できません）。</translation>
    </message>
    <message>
        <source>Unknown bundle format; use age or pdf.</source>
        <translation>不明なバンドルの形式です。age か pdf を使用してください。</translation>
    </message>
    <message>
        <source>The client&apos;s data or delivery setting changed after the preview; nothing was exported.</source>
        <translation>プレビューの後に、クライアントのデータまたは受け渡し設定が変更されました。何もエクスポートしていません。</translation>
    </message>
    <message>
        <source>This client has no delivery setting; choose the contact person and an age key or a passphrase first.</source>
        <translation>このクライアントには受け渡し設定がありません。先に担当者と、age 鍵またはパスフレーズのどちらを使うかを選んでください。</translation>
    </message>
    <message>
        <source>The contact person this client&apos;s bundles go to was deleted; choose another.</source>
        <translation>このクライアントのバンドルの送付先の担当者は削除されています。別の担当者を選んでください。</translation>
    </message>
    <message>
        <source>An encrypted PDF opens with a passphrase, but this client&apos;s bundles go to an age key.</source>
        <translation>暗号化 PDF はパスフレーズで開くものですが、このクライアントのバンドルは age 鍵で暗号化する設定になっています。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was exported.</source>
        <translation>キャンセルしました。何もエクスポートしていません。</translation>
    </message>
    <message>
        <source>The bundle cannot be written ({reason}).</source>
        <translation>バンドルを書き込めません（{reason}）。</translation>
    </message>
    <message>
        <source>That is an age secret key, which must stay with the client; ask for the public key (age1...).</source>
        <translation>これは age の秘密鍵です。秘密鍵はクライアントの手元から出してはいけません。公開鍵（age1...）を送ってもらってください。</translation>
    </message>
    <message>
        <source>That is not an age public key (age1... with a valid checksum).</source>
        <translation>age の公開鍵ではありません（正しいチェックサムを持つ age1... の形式が必要です）。</translation>
    </message>
    <message>
        <source>No passphrase bundle was made for this client yet.</source>
        <translation>このクライアント向けに、パスフレーズで暗号化したバンドルはまだ作成されていません。</translation>
    </message>
    <message>
        <source>The recipient must be one of this client&apos;s contact records.</source>
        <translation>受取人は、このクライアントの担当者の記録から選ぶ必要があります。</translation>
    </message>
    <message>
        <source>The word list is missing or damaged; use digits.</source>
        <translation>単語リストが見つからないか、破損しています。数字の形式（digits）を使用してください。</translation>
    </message>
    <message>
        <source>Unknown passphrase style; use digits or words.</source>
        <translation>不明なパスフレーズの形式です。digits か words を使用してください。</translation>
    </message>
    <message>
        <source>Unknown report language; use ja or en.</source>
        <translation>不明なレポートの言語です。ja か en を使用してください。</translation>
    </message>
    <message>
        <source>The column map is not a JSON object; write it like {example}.</source>
        <translation>列の対応付けが JSON オブジェクトではありません。{example} のように記述してください。</translation>
    </message>
    <message>
        <source>No column was recognised as the client name; name it with --map, e.g. {example} or {number}.</source>
        <translation>クライアント名の列を判別できませんでした。--map で指定してください（例: {example} または {number}）。</translation>
    </message>
    <message>
        <source>The column map is not valid JSON; write it like {example}.</source>
        <translation>列の対応付けが正しい JSON ではありません。{example} のように記述してください。</translation>
    </message>
    <message>
        <source>A file name label is at most {max} characters; nothing was written.</source>
        <translation>ファイル名のラベルは {max} 文字までです。何も書き出していません。</translation>
    </message>
    <message>
        <source>--label names the file in the --out folder; give a folder as --out.</source>
        <translation>--label は --out のフォルダー内のファイル名に使います。--out にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>A client&apos;s key failed its integrity check.</source>
        <translation>クライアントの鍵の整合性チェックに失敗しました。</translation>
    </message>
    <message>
        <source>No client with that id.</source>
        <translation>その ID のクライアントはありません。</translation>
    </message>
    <message>
        <source>A stored value ({table} {row}, {column}) failed its integrity check.</source>
        <translation>保存されている値（{table} {row}、{column}）の整合性チェックに失敗しました。</translation>
    </message>
    <message>
        <source>{message} (see --help).</source>
        <translation>{message}（--help を参照してください）。</translation>
    </message>
    <message>
        <source>{folder} already holds a vault.</source>
        <translation>{folder} にはすでに保管庫があります。</translation>
    </message>
    <message>
        <source>A demo needs at least one client and a non-negative record count.</source>
        <translation>デモには 1 件以上のクライアントと、0 以上の記録数が必要です。</translation>
    </message>
    <message>
        <source>Fields are given as KEY=VALUE (or KEY:TYPE=VALUE).</source>
        <translation>項目は KEY=VALUE（または KEY:TYPE=VALUE）の形式で指定してください。</translation>
    </message>
    <message>
        <source>Unknown field type &apos;{type}&apos;; use one of: {types}.</source>
        <translation>不明な項目の種類「{type}」です。次のいずれかを使用してください: {types}。</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem} ({more} more problems).</source>
        <translation>監査ログが改ざんされています: {problem}（ほかに {more} 件の問題があります）。</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem}.</source>
        <translation>監査ログが改ざんされています: {problem}。</translation>
    </message>
    <message>
        <source>With --record give exactly one of --rule, --date, --hold or --release.</source>
        <translation>--record には --rule、--date、--hold、--release のいずれか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>With --client give --contract-end or --contract-start, or --kind with --rule.</source>
        <translation>--client には --contract-end か --contract-start、または --kind と --rule を指定してください。</translation>
    </message>
    <message>
        <source>Expected the {what} as a line on standard input.</source>
        <translation>{what} を標準入力から 1 行で渡してください。</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on; use --password-stdin.</source>
        <translation>パスワードを入力するためのターミナルがありません。--password-stdin を使用してください。</translation>
    </message>
    <message>
        <source>No {what} was entered.</source>
        <translation>{what} が入力されませんでした。</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>2 回の入力内容が一致しません。</translation>
    </message>
    <message>
        <source>SQLCipher refused secure_delete; refusing to store data.</source>
        <translation>SQLCipher が secure_delete を受け付けなかったため、データを保存しません。</translation>
    </message>
    <message>
        <source>The vault database is busy in another process.</source>
        <translation>保管庫のデータベースは別のプロセスで使用中です。</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check (pages {pages}): it was altered or damaged.</source>
        <translation>vault.db の整合性チェックに失敗しました（ページ {pages}）。改ざんされたか、破損しています。</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check: it was altered or damaged.</source>
        <translation>vault.db の整合性チェックに失敗しました。改ざんされたか、破損しています。</translation>
    </message>
    <message>
        <source>No secure OS keyring is available here, so &apos;also require this device&apos; cannot be turned on.</source>
        <translation>この環境では安全な OS のキーリングを利用できないため、「この端末も必須にする」をオンにできません。</translation>
    </message>
    <message>
        <source>This vault also needs this device&apos;s secret, which the OS keyring does not have; unlock with the recovery key instead.</source>
        <translation>この保管庫を開くにはこの端末の秘密情報も必要ですが、OS のキーリングに見つかりません。代わりに回復キーでロックを解除してください。</translation>
    </message>
    <message>
        <source>No draft with that id.</source>
        <translation>その ID の下書きはありません。</translation>
    </message>
    <message>
        <source>vault.header was rewritten by someone without the vault&apos;s key.</source>
        <translation>vault.header が、保管庫の鍵を持たない第三者によって書き換えられています。</translation>
    </message>
    <message>
        <source>vault.header is damaged: it is not readable as a header.</source>
        <translation>vault.header が破損しています: ヘッダーとして読み取れません。</translation>
    </message>
    <message>
        <source>This vault was made by a newer ClientVault (format {version}); this version reads format {known} and older. Update ClientVault to open it.</source>
        <translation>この保管庫は新しい ClientVault（形式 {version}）で作成されています。このバージョンで読み取れるのは形式 {known} 以前です。開くには ClientVault をアップデートしてください。</translation>
    </message>
    <message>
        <source>vault.header was altered or damaged: its checksum does not match.</source>
        <translation>vault.header が改ざんされたか、破損しています: チェックサムが一致しません。</translation>
    </message>
    <message>
        <source>vault.header is damaged: a required field is missing.</source>
        <translation>vault.header が破損しています: 必須の項目がありません。</translation>
    </message>
    <message>
        <source>vault.header is missing from the vault folder.</source>
        <translation>保管庫のフォルダーに vault.header がありません。</translation>
    </message>
    <message>
        <source>This vault is open in another ClientVault window or command; close it first.</source>
        <translation>この保管庫は別の ClientVault のウィンドウまたはコマンドで開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <source>KDF settings below the minimum (memory {memory} MiB, time {time}) are not allowed.</source>
        <translation>最小値（メモリ {memory} MiB、時間コスト {time}）を下回る KDF 設定は使用できません。</translation>
    </message>
    <message>
        <source>KDF parallelism must be between 1 and 16.</source>
        <translation>KDF の並列度は 1～16 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The vault header names an unknown key-derivation function.</source>
        <translation>保管庫のヘッダーに不明な鍵導出関数が指定されています。</translation>
    </message>
    <message>
        <source>The vault header asks for weaker key derivation than ClientVault ever writes.</source>
        <translation>保管庫のヘッダーが、ClientVault が書き込むことのない弱い鍵導出を指定しています。</translation>
    </message>
    <message>
        <source>Unknown record kind; use one of: {kinds}.</source>
        <translation>不明な記録の種類です。次のいずれかを使用してください: {kinds}。</translation>
    </message>
    <message>
        <source>Unknown sensitivity; use one of: {levels}.</source>
        <translation>不明な機微度です。次のいずれかを使用してください: {levels}。</translation>
    </message>
    <message>
        <source>The {what} contains a NUL character.</source>
        <translation>{what} に NUL 文字が含まれています。</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit:,} characters.</source>
        <translation>{what} が {limit:,} 文字を超えています。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <source>A field name is required.</source>
        <translation>項目名を入力してください。</translation>
    </message>
    <message>
        <source>The {what} is not a real date (use YYYY-MM-DD).</source>
        <translation>{what} が正しい日付ではありません（YYYY-MM-DD 形式で入力してください）。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a real date (use YYYY-MM-DD).</source>
        <translation>項目「{field}」が正しい日付ではありません（YYYY-MM-DD 形式で入力してください）。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a number.</source>
        <translation>項目「{field}」が数値ではありません。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not an e-mail address.</source>
        <translation>項目「{field}」がメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a phone number.</source>
        <translation>項目「{field}」が電話番号ではありません。</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password must be at least {count} characters long.</source>
        <translation>パスワードは {count} 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The password must be at most {count} characters long.</source>
        <translation>パスワードは {count} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>That password is on the list of commonly used passwords; choose another.</source>
        <translation>そのパスワードは、よく使われるパスワードの一覧に含まれています。別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>The password is mostly a repeated character or pattern.</source>
        <translation>パスワードの大部分が、同じ文字またはパターンの繰り返しです。</translation>
    </message>
    <message>
        <source>The password is mostly a sequence (abcd, 1234, qwerty).</source>
        <translation>パスワードの大部分が、連続した文字列（abcd、1234、qwerty など）です。</translation>
    </message>
    <message>
        <source>The password must not contain the app&apos;s name.</source>
        <translation>パスワードにアプリ名を含めることはできません。</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <translation>別のパスワードを選んでください。</translation>
    </message>
    <message>
        <source>A recovery key is 48 digits in 8 groups of 6.</source>
        <translation>回復キーは 6 桁 × 8 グループの 48 桁です。</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its last group does not match the others.</source>
        <translation>回復キーに入力ミスがあります: 最後のグループがほかのグループと整合しません。</translation>
    </message>
    <message>
        <source>The {what} must be between the years {low} and {high}.</source>
        <translation>{what} は {low} 年から {high} 年までの日付にしてください。</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and {high}.</source>
        <translation>日数は 0 から {high} までにしてください。</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>契約の終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>The fixed rule takes a date; give the date instead.</source>
        <translation>固定ルールには日付が必要です。ルール名ではなく日付を指定してください。</translation>
    </message>
    <message>
        <source>Unknown retention rule; use one of: {rules}.</source>
        <translation>不明な保存ルールです。次のいずれかを使用してください: {rules}。</translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation>法的保全には理由が必要です。</translation>
    </message>
    <message>
        <source>That record is not on legal hold.</source>
        <translation>その記録は法的保全中ではありません。</translation>
    </message>
    <message>
        <source>This vault&apos;s database is version {version}; this ClientVault knows up to {known}. Update ClientVault to open it.</source>
        <translation>この保管庫のデータベースはバージョン {version} ですが、この ClientVault が対応しているのはバージョン {known} までです。開くには ClientVault をアップデートしてください。</translation>
    </message>
    <message>
        <source>There is no vault in {folder}; create one with &apos;clientvault init&apos;.</source>
        <translation>{folder} に保管庫がありません。「clientvault init」で作成してください。</translation>
    </message>
    <message>
        <source>Unlock with either the password or the recovery key.</source>
        <translation>パスワードと回復キーのどちらか一方でロックを解除してください。</translation>
    </message>
    <message>
        <source>The password is wrong for this vault.</source>
        <translation>この保管庫のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The recovery key is wrong for this vault.</source>
        <translation>この保管庫の回復キーが正しくありません。</translation>
    </message>
    <message>
        <source>vault.header has no {slot} slot.</source>
        <translation>vault.header に {slot} スロットがありません。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <source>The audit log is broken; run &apos;clientvault audit verify&apos; first.</source>
        <translation>監査ログが壊れています。先に「clientvault audit verify」を実行してください。</translation>
    </message>
    <message>
        <source>No record with that id.</source>
        <translation>その ID の記録はありません。</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since it was opened; reopen it.</source>
        <translation>この記録は、開いた後にほかの場所で変更されました。開き直してください。</translation>
    </message>
    <message>
        <source>A file name is required.</source>
        <translation>ファイル名を入力してください。</translation>
    </message>
    <message>
        <source>A file name cannot be &apos;.&apos; or &apos;..&apos;.</source>
        <translation>ファイル名に「.」や「..」は使用できません。</translation>
    </message>
    <message>
        <source>A file name cannot contain &apos;/&apos;, &apos;\&apos;, NUL or control characters.</source>
        <translation>ファイル名に「/」「\」、NUL 文字、制御文字は使用できません。</translation>
    </message>
    <message>
        <source>The file name is longer than 255 bytes; rename the file first.</source>
        <translation>ファイル名が 255 バイトを超えています。先にファイル名を変更してください。</translation>
    </message>
    <message>
        <source>Something already exists at the output path; nothing was overwritten.</source>
        <translation>出力先にすでにファイルなどがあります。何も上書きしていません。</translation>
    </message>
    <message>
        <source>The folder for the output file does not exist.</source>
        <translation>出力ファイルの保存先フォルダーがありません。</translation>
    </message>
    <message>
        <source>The file name is not valid text; rename the file first.</source>
        <translation>ファイル名が正しい文字列ではありません。先にファイル名を変更してください。</translation>
    </message>
    <message>
        <source>The file to attach is a folder; attach the files in it one by one.</source>
        <translation>添付しようとしたものはフォルダーです。中のファイルを 1 つずつ添付してください。</translation>
    </message>
    <message>
        <source>The file to attach is not a regular file.</source>
        <translation>添付しようとしたものは通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>添付するファイルがありません。</translation>
    </message>
    <message>
        <source>The file to attach cannot be read ({reason}).</source>
        <translation>添付するファイルを読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>The output file cannot be written ({reason}).</source>
        <translation>出力ファイルを書き込めません（{reason}）。</translation>
    </message>
    <message>
        <source>No attachment with that id.</source>
        <translation>その ID の添付ファイルはありません。</translation>
    </message>
    <message>
        <source>That record belongs to another client.</source>
        <translation>その記録は別のクライアントのものです。</translation>
    </message>
    <message>
        <source>The attachment&apos;s file is missing from the vault folder.</source>
        <translation>添付ファイルの実体が保管庫のフォルダーにありません。</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (the file&apos;s header is not an attachment header).</source>
        <translation>添付ファイルの内容の整合性チェックに失敗しました（ファイルのヘッダーが添付ファイルのものではありません）。</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (its chunks do not add up to the size the vault recorded).</source>
        <translation>添付ファイルの内容の整合性チェックに失敗しました（チャンクの合計が保管庫に記録されたサイズと一致しません）。</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (there are bytes after its last chunk).</source>
        <translation>添付ファイルの内容の整合性チェックに失敗しました（最後のチャンクの後ろに余分なデータがあります）。</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (the file ends early: it was truncated).</source>
        <translation>添付ファイルの内容の整合性チェックに失敗しました（ファイルが途中で切れています）。</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (chunk {chunk} was altered, reordered or comes from another file).</source>
        <translation>添付ファイルの内容の整合性チェックに失敗しました（チャンク {chunk} が改ざんされたか、順序が入れ替わったか、別のファイルのものです）。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached.</source>
        <translation>キャンセルしました。何も添付していません。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>キャンセルしました。何も保存していません。</translation>
    </message>
    <message>
        <source>This backup was made by a newer ClientVault (backup format {version}); update ClientVault to use it.</source>
        <translation>このバックアップは新しい ClientVault（バックアップ形式 {version}）で作成されています。使用するには ClientVault をアップデートしてください。</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>バックアップは 1 つ以上残す必要があります。</translation>
    </message>
    <message>
        <source>Backups go in the vault&apos;s own backups folder or outside the vault folder, not in {folder}.</source>
        <translation>バックアップは保管庫の backups フォルダーか、保管庫のフォルダーの外に保存してください。{folder} には保存できません。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>{path} is not a ClientVault backup.</source>
        <translation>{path} は ClientVault のバックアップではありません。</translation>
    </message>
    <message>
        <source>The backup&apos;s files do not belong together: its database is not the one it was made with.</source>
        <translation>バックアップのファイルの組み合わせが正しくありません: データベースが作成時のものではありません。</translation>
    </message>
    <message>
        <source>The backup&apos;s database failed its integrity check: it was altered or damaged.</source>
        <translation>バックアップのデータベースの整合性チェックに失敗しました。改ざんされたか、破損しています。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log was tampered with: {problem}.</source>
        <translation>バックアップの監査ログが改ざんされています: {problem}。</translation>
    </message>
    <message>
        <source>The backup is missing {count} attachment files.</source>
        <translation>バックアップに添付ファイルが {count} 件ありません。</translation>
    </message>
    <message>
        <source>The backup&apos;s backup.json is damaged.</source>
        <translation>バックアップの backup.json が破損しています。</translation>
    </message>
    <message>
        <source>This backup belongs to another vault; nothing was restored.</source>
        <translation>このバックアップは別の保管庫のものです。何も復元していません。</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>キャンセルしました。バックアップは作成していません。</translation>
    </message>
    <message>
        <source>Could not write the backup to {folder}: {reason}.</source>
        <translation>{folder} にバックアップを書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to erase (or --dry-run to only look).</source>
        <translation>何も消去していません。消去するには --yes を指定してください（確認だけなら --dry-run）。</translation>
    </message>
    <message>
        <source>Give either --client or --record (one or more).</source>
        <translation>--client か --record（1 つ以上）のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>Automatic erasure can be set for {choices}.</source>
        <translation>自動消去を設定できるのは {choices} です。</translation>
    </message>
    <message>
        <source>Some of this data is on legal hold; release the hold before erasing it.</source>
        <translation>このデータの一部は法的保全中です。消去する前に保全を解除してください。</translation>
    </message>
    <message>
        <source>Name at least one record to erase.</source>
        <translation>消去する記録を 1 件以上指定してください。</translation>
    </message>
    <message>
        <source>Records of different clients are erased one client at a time.</source>
        <translation>複数のクライアントの記録は、クライアントごとに消去してください。</translation>
    </message>
    <message>
        <source>The reason must be rule, request or manual.</source>
        <translation>理由には rule、request、manual のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>No font with Japanese characters was found; install one (for example Noto Sans CJK) or set CLIENTVAULT_PDF_FONT.</source>
        <translation>日本語を表示できるフォントが見つかりません。フォント（例: Noto Sans CJK）をインストールするか、CLIENTVAULT_PDF_FONT を設定してください。</translation>
    </message>
    <message>
        <source>A signature comment must be a single line.</source>
        <translation>署名のコメントは 1 行にしてください。</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>署名ファイルが minisign の形式ではありません。</translation>
    </message>
    <message>
        <source>The file was signed by a different key.</source>
        <translation>このファイルは別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed.</source>
        <translation>署名がファイルと一致しません。ファイルが変更されています。</translation>
    </message>
    <message>
        <source>A column map holds at most {limit} columns.</source>
        <translation>列の対応付けに含められるのは {limit} 列までです。</translation>
    </message>
    <message>
        <source>A column header in the map is empty.</source>
        <translation>対応付けに空の列見出しがあります。</translation>
    </message>
    <message>
        <source>Unknown column role; use one of: {roles}.</source>
        <translation>不明な列の役割です。次のいずれかを使用してください: {roles}。</translation>
    </message>
    <message>
        <source>Only CSV and Excel attachments can have a column map.</source>
        <translation>列の対応付けを設定できるのは、CSV と Excel の添付ファイルだけです。</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to ClientVault</source>
        <translation>ClientVault へようこそ</translation>
    </message>
    <message>
        <source>Keep each client&apos;s records encrypted and apart, share them only in encrypted form, and erase them when their time comes. Everything stays on this computer.</source>
        <translation>クライアントごとの記録を暗号化して個別に保管し、共有するときも暗号化したまま渡し、保存期間が過ぎたら消去できます。データはすべてこの端末内に保存されます。</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>新しい保管庫を作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新しい保管庫を作成</translation>
    </message>
    <message>
        <source>&amp;Open a vault in another folder…</source>
        <translation>別のフォルダーの保管庫を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a vault in another folder</source>
        <translation>別のフォルダーの保管庫を開く</translation>
    </message>
    <message>
        <source>Look around in a &amp;demo vault</source>
        <translation>デモ用の保管庫を見てみる(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo vault</source>
        <translation>デモ用の保管庫を開く</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
</context>
<context>
    <name>_SecretLineEdit</name>
    <message>
        <source>Copy (cleared after a while)</source>
        <translation>コピー（しばらくすると消去）</translation>
    </message>
</context>
</TS>
