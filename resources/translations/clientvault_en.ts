<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ClientVault</source>
        <translation>About ClientVault</translation>
    </message>
    <message>
        <source>ClientVault {version}
Vault format {format}
Qt {qt}, PySide6 {pyside}</source>
        <translation>ClientVault {version}
Vault format {format}
Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Components inside the app and their licences:</source>
        <translation>Components inside the app and their licences:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Components and licences</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo vault with made-up clients. Password: {password}</source>
        <translation>Demo vault with made-up clients. Password: {password}</translation>
    </message>
    <message>
        <source>Making the demo vault with made-up clients…</source>
        <translation>Making the demo vault with made-up clients…</translation>
    </message>
    <message>
        <source>demo vault</source>
        <translation>demo vault</translation>
    </message>
    <message>
        <source>{vault} — ClientVault</source>
        <translation>{vault} — ClientVault</translation>
    </message>
    <message>
        <source>{vault} (locked) — ClientVault</source>
        <translation>{vault} (locked) — ClientVault</translation>
    </message>
    <message>
        <source>{vault} (no vault yet) — ClientVault</source>
        <translation>{vault} (no vault yet) — ClientVault</translation>
    </message>
    <message>
        <source>The vault locked while it was being re-keyed, before its new recovery key was kept. If the re-key finished, the old recovery key no longer works: re-key again (Vault menu) to get a recovery key you keep.</source>
        <translation>The vault locked while it was being re-keyed, before its new recovery key was kept. If the re-key finished, the old recovery key no longer works: re-key again (Vault menu) to get a recovery key you keep.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Your vault was created, but its recovery key was not confirmed as kept. Re-key the vault (Vault menu) to get a new recovery key, and keep that one offline.</source>
        <translation>Your vault was created, but its recovery key was not confirmed as kept. Re-key the vault (Vault menu) to get a new recovery key, and keep that one offline.</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop files here to attach them; they are kept encrypted in the vault.</source>
        <translation>Drop files here to attach them; they are kept encrypted in the vault.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>&amp;Save a decrypted copy…</translation>
    </message>
    <message>
        <source>Open with the system &amp;viewer…</source>
        <translation>Open with the system &amp;viewer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>File actions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Delete now</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Folders cannot be attached, only files: {names}. Open the folder and attach the files in it.</source>
        <translation>Folders cannot be attached, only files: {names}. Open the folder and attach the files in it.</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {count})…</source>
        <translation>Attaching {name} ({number} of {count})…</translation>
    </message>
    <message>
        <source>Cancelled. Files attached before that: {count}.</source>
        <translation>Cancelled. Files attached before that: {count}.</translation>
    </message>
    <message>
        <source>Files attached: {count}.</source>
        <translation>Files attached: {count}.</translation>
    </message>
    <message>
        <source>These files were not attached:
{lines}</source>
        <translation>These files were not attached:
{lines}</translation>
    </message>
    <message>
        <source>Wait for the file being transferred, or cancel it, then try again.</source>
        <translation>Wait for the file being transferred, or cancel it, then try again.</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation>Open with the system viewer</translation>
    </message>
    <message>
        <source>No program on this computer opens this type of file; the unencrypted copy was deleted again.</source>
        <translation>No program on this computer opens this type of file; the unencrypted copy was deleted again.</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Save a decrypted copy</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>This writes an unencrypted copy of {name} outside the vault. Anyone who can open the folder you choose can read it, and ClientVault will not delete it. The export is recorded in the vault&apos;s audit log.</source>
        <translation>This writes an unencrypted copy of {name} outside the vault. Anyone who can open the folder you choose can read it, and ClientVault will not delete it. The export is recorded in the vault&apos;s audit log.</translation>
    </message>
    <message>
        <source>Save unencrypted copy</source>
        <translation>Save unencrypted copy</translation>
    </message>
    <message>
        <source>Saving a decrypted copy of {name}…</source>
        <translation>Saving a decrypted copy of {name}…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy: {path}</source>
        <translation>Saved an unencrypted copy: {path}</translation>
    </message>
    <message>
        <source>To open {name} in another program, ClientVault must write an unencrypted copy of it to a private temporary folder. The copy is deleted when the vault locks and when ClientVault quits, but the other program may keep copies of its own (recent files, thumbnails, autosave). The copy is recorded in the audit log.</source>
        <translation>To open {name} in another program, ClientVault must write an unencrypted copy of it to a private temporary folder. The copy is deleted when the vault locks and when ClientVault quits, but the other program may keep copies of its own (recent files, thumbnails, autosave). The copy is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Write an unencrypted copy and open it</source>
        <translation>Write an unencrypted copy and open it</translation>
    </message>
    <message>
        <source>Writing an unencrypted copy of {name}…</source>
        <translation>Writing an unencrypted copy of {name}…</translation>
    </message>
    <message>
        <source>Opened an unencrypted copy: {path}</source>
        <translation>Opened an unencrypted copy: {path}</translation>
    </message>
    <message>
        <source>Unencrypted copies on disk: {count}</source>
        <translation>Unencrypted copies on disk: {count}</translation>
    </message>
    <message>
        <source>Unencrypted copies</source>
        <translation>Unencrypted copies</translation>
    </message>
    <message>
        <source>These copies could not be deleted; close the programs showing them and try again:
{paths}</source>
        <translation>These copies could not be deleted; close the programs showing them and try again:
{paths}</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>Delete {name} from the vault? This cannot be undone.</source>
        <translation>Delete {name} from the vault? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up to a folder</source>
        <translation>Back up to a folder</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault; it opens with the password the vault had when it was made. Keep one on a drive away from this computer.</source>
        <translation>A backup is an encrypted copy of the whole vault; it opens with the password the vault had when it was made. Keep one on a drive away from this computer.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Cancel backup</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancel the backup</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Backups to keep in each folder</source>
        <translation>Backups to keep in each folder</translation>
    </message>
    <message>
        <source>After a new backup, older ones in the same folder beyond this number go.</source>
        <translation>After a new backup, older ones in the same folder beyond this number go.</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Into {folder}</source>
        <translation>Into {folder}</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Back up to a &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>The files could not be read or written: {reason}</source>
        <translation>The files could not be read or written: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Something went wrong ({kind}).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <source>Replace everything in the vault with the backup of {created}? What was added or changed since then is lost. Erasures made since are applied again, so erased data does not come back. The vault then locks: unlock it with the password this backup was made with.</source>
        <translation>Replace everything in the vault with the backup of {created}? What was added or changed since then is lost. Erasures made since are applied again, so erased data does not come back. The vault then locks: unlock it with the password this backup was made with.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring… Keep ClientVault open.</source>
        <translation>Restoring… Keep ClientVault open.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The vault now holds the backup of {created}. It is locked: unlock it with the password this backup was made with.</source>
        <translation>The vault now holds the backup of {created}. It is locked: unlock it with the password this backup was made with.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem} The vault is as it was, but it was closed: unlock it again with its current password.</source>
        <translation>Nothing was restored: {problem} The vault is as it was, but it was closed: unlock it again with its current password.</translation>
    </message>
    <message>
        <source>That is not the password this backup was made with. Nothing was restored.</source>
        <translation>That is not the password this backup was made with. Nothing was restored.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>Available (old keys)</source>
        <translation>Available (old keys)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>The folder {path} cannot be reached: plug in its drive to restore from it.</source>
        <translation>The folder {path} cannot be reached: plug in its drive to restore from it.</translation>
    </message>
    <message>
        <source>Made before the vault was re-keyed: it opens only with the password or recovery key from before the re-key, and holds the data under the old keys. Make a new backup, and delete this one when you no longer need it. {path}</source>
        <translation>Made before the vault was re-keyed: it opens only with the password or recovery key from before the re-key, and holds the data under the old keys. Make a new backup, and delete this one when you no longer need it. {path}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BackupPasswordDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Type the password the vault had when this backup was made ({created}). After restoring, the vault locks: unlock it with this same password.</source>
        <translation>Type the password the vault had when this backup was made ({created}). After restoring, the vault locks: unlock it with this same password.</translation>
    </message>
    <message>
        <source>The backup&apos;s password</source>
        <translation>The backup&apos;s password</translation>
    </message>
    <message>
        <source>The backup&apos;s &amp;password:</source>
        <translation>The backup&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>1 day ago</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count} days ago</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 hour ago</translation>
    </message>
    <message>
        <source>{count} hours ago</source>
        <translation>{count} hours ago</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 minute ago</translation>
    </message>
    <message>
        <source>{count} minutes ago</source>
        <translation>{count} minutes ago</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>Last backup: {age}</translation>
    </message>
    <message>
        <source>(the scheduled backup failed)</source>
        <translation>(the scheduled backup failed)</translation>
    </message>
    <message>
        <source>No recent backup. Make one in Vault &gt; Backups, or set a schedule in Settings.</source>
        <translation>No recent backup. Make one in Vault &gt; Backups, or set a schedule in Settings.</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Re-key the vault</source>
        <translation>Re-key the vault</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Re-&amp;key the vault</source>
        <translation>Re-&amp;key the vault</translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation>Change pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Re-key replaces every key in the vault. Your recovery key changes: the old one stops working. Use it if you think someone has seen your password or recovery key. A large vault can take a while.</source>
        <translation>Re-key replaces every key in the vault. Your recovery key changes: the old one stops working. Use it if you think someone has seen your password or recovery key. A large vault can take a while.</translation>
    </message>
    <message>
        <source>You unlocked with the recovery key; choose a new password.</source>
        <translation>You unlocked with the recovery key; choose a new password.</translation>
    </message>
    <message>
        <source>A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</source>
        <translation>A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</translation>
    </message>
    <message>
        <source>Re-keying the vault</source>
        <translation>Re-keying the vault</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changing the password</translation>
    </message>
    <message>
        <source>Re-keying the vault… A large vault can take a while. Keep ClientVault open.</source>
        <translation>Re-keying the vault… A large vault can take a while. Keep ClientVault open.</translation>
    </message>
    <message>
        <source>Changing the password… This takes a few seconds.</source>
        <translation>Changing the password… This takes a few seconds.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>The new password is the same as the current one. Choose another.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Cancelling the re-key… The vault keeps its current keys.</source>
        <translation>Cancelling the re-key… The vault keeps its current keys.</translation>
    </message>
    <message>
        <source>The current password is wrong, so nothing was changed. Check Caps Lock and that Japanese input (IME) is off, then try again.</source>
        <translation>The current password is wrong, so nothing was changed. Check Caps Lock and that Japanese input (IME) is off, then try again.</translation>
    </message>
    <message>
        <source>This vault also needs a secret from this computer&apos;s keyring, and the keyring does not have it. Lock the vault, unlock it with the recovery key, then choose a new password.</source>
        <translation>This vault also needs a secret from this computer&apos;s keyring, and the keyring does not have it. Lock the vault, unlock it with the recovery key, then choose a new password.</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed: {reason}</source>
        <translation>The vault could not be re-keyed: {reason}</translation>
    </message>
    <message>
        <source>The password could not be changed: {reason}</source>
        <translation>The password could not be changed: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be re-keyed ({kind}).</source>
        <translation>The vault could not be re-keyed ({kind}).</translation>
    </message>
    <message>
        <source>The password could not be changed ({kind}).</source>
        <translation>The password could not be changed ({kind}).</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. 株式会社サンプル or 田中 太郎</source>
        <translation>e.g. 株式会社サンプル or 田中 太郎</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>Reading in kana, e.g. やまだ たろう</source>
        <translation>Reading in kana, e.g. やまだ たろう</translation>
    </message>
    <message>
        <source>Optional. The client list is in 50音 order by this reading.</source>
        <translation>Optional. The client list is in 50音 order by this reading.</translation>
    </message>
    <message>
        <source>&amp;Furigana:</source>
        <translation>&amp;Furigana:</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mail addresses</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>One address per line</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses:</source>
        <translation>&amp;E-mail addresses:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>One number per line, e.g. 03-1234-5678</source>
        <translation>One number per line, e.g. 03-1234-5678</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Phone numbers:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>Ongoing (no end date)</source>
        <translation>Ongoing (no end date)</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>Personal data of this client is kept until 30 days after the contract ends.</source>
        <translation>Personal data of this client is kept until 30 days after the contract ends.</translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation>Contract s&amp;tart:</translation>
    </message>
    <message>
        <source>Contract en&amp;d:</source>
        <translation>Contract en&amp;d:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>Restored from an unsaved edit.</translation>
    </message>
    <message>
        <source>The client was changed elsewhere after this edit began; saving will ask whether to replace those changes.</source>
        <translation>The client was changed elsewhere after this edit began; saving will ask whether to replace those changes.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>The client could not be saved because of an unexpected error.</source>
        <translation>The client could not be saved because of an unexpected error.</translation>
    </message>
    <message>
        <source>E-mail addresses, line {line}: {problem}</source>
        <translation>E-mail addresses, line {line}: {problem}</translation>
    </message>
    <message>
        <source>Phone numbers, line {line}: {problem}</source>
        <translation>Phone numbers, line {line}: {problem}</translation>
    </message>
    <message>
        <source>Retention dates</source>
        <translation>Retention dates</translation>
    </message>
    <message>
        <source>The contract period was saved. Records whose retention date changed: {count}</source>
        <translation>The contract period was saved. Records whose retention date changed: {count}</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>This client was changed in another window after you opened it. Replace those changes with yours?</source>
        <translation>This client was changed in another window after you opened it. Replace those changes with yours?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Not saved: this client was changed in another window after you opened it. Copy what you need, close this dialog and open the client again.</source>
        <translation>Not saved: this client was changed in another window after you opened it. Copy what you need, close this dialog and open the client again.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard your changes to this client?</source>
        <translation>Discard your changes to this client?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Overdue: {date}</source>
        <translation>Overdue: {date}</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>Edit c&amp;lient…</source>
        <translation>Edit c&amp;lient…</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>Erase clien&amp;t…</source>
        <translation>Erase clien&amp;t…</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Erase client</translation>
    </message>
    <message>
        <source>Records and files</source>
        <translation>Records and files</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>Re&amp;cords</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <source>Share this client&apos;s data</source>
        <translation>Share this client&apos;s data</translation>
    </message>
    <message>
        <source>Encrypted bundle for the client…</source>
        <translation>Encrypted bundle for the client…</translation>
    </message>
    <message>
        <source>Redacted bundle for others…</source>
        <translation>Redacted bundle for others…</translation>
    </message>
    <message>
        <source>Delivery setting…</source>
        <translation>Delivery setting…</translation>
    </message>
    <message>
        <source>Return and erase (offboard)…</source>
        <translation>Return and erase (offboard)…</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Show records of kind</source>
        <translation>Show records of kind</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Filter this client&apos;s records</source>
        <translation>Filter this client&apos;s records</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filter records</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Legal &amp;hold…</translation>
    </message>
    <message>
        <source>&amp;Erase record…</source>
        <translation>&amp;Erase record…</translation>
    </message>
    <message>
        <source>Contract: {start} – ongoing</source>
        <translation>Contract: {start} – ongoing</translation>
    </message>
    <message>
        <source>Contract: {start} – {end}</source>
        <translation>Contract: {start} – {end}</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <source>Name of a person</source>
        <translation>Name of a person</translation>
    </message>
    <message>
        <source>Furigana (reading)</source>
        <translation>Furigana (reading)</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Special-care data (health, beliefs, criminal record …)</source>
        <translation>Special-care data (health, beliefs, criminal record …)</translation>
    </message>
    <message>
        <source>Columns of a dataset</source>
        <translation>Columns of a dataset</translation>
    </message>
    <message>
        <source>About column maps</source>
        <translation>About column maps</translation>
    </message>
    <message>
        <source>Say which columns hold personal data, so that retention, redacted exports and the inventory know what this file holds. Special-care data is always removed from redacted exports.</source>
        <translation>Say which columns hold personal data, so that retention, redacted exports and the inventory know what this file holds. Special-care data is always removed from redacted exports.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading the header row…</source>
        <translation>Reading the header row…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the column map</source>
        <translation>Save the column map</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What each column holds, as saved before.</source>
        <translation>What each column holds, as saved before.</translation>
    </message>
    <message>
        <source>Suggested from the column headers; check each column.</source>
        <translation>Suggested from the column headers; check each column.</translation>
    </message>
    <message>
        <source>{number}. {header}</source>
        <translation>{number}. {header}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>No personal data</source>
        <translation>No personal data</translation>
    </message>
    <message>
        <source>What column {number} ({header}) holds</source>
        <translation>What column {number} ({header}) holds</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>no header</translation>
    </message>
    <message>
        <source>A column without a header cannot be named in the map.</source>
        <translation>A column without a header cannot be named in the map.</translation>
    </message>
    <message>
        <source>The same header as column {number}: set it there.</source>
        <translation>The same header as column {number}: set it there.</translation>
    </message>
    <message>
        <source>Only CSV files and Excel workbooks can have a column map.</source>
        <translation>Only CSV files and Excel workbooks can have a column map.</translation>
    </message>
    <message>
        <source>This workbook is too large to read its header row in memory; save the sheet as CSV and attach that.</source>
        <translation>This workbook is too large to read its header row in memory; save the sheet as CSV and attach that.</translation>
    </message>
    <message>
        <source>Special-care data</source>
        <translation>Special-care data</translation>
    </message>
    <message>
        <source>Columns no longer marked as special-care data: {count}. Redacted exports then no longer always remove them. Save anyway?</source>
        <translation>Columns no longer marked as special-care data: {count}. Redacted exports then no longer always remove them. Save anyway?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your ClientVault</source>
        <translation>Create your ClientVault</translation>
    </message>
    <message>
        <source>&amp;Look around in a demo vault</source>
        <translation>&amp;Look around in a demo vault</translation>
    </message>
    <message>
        <source>Look around in a demo vault</source>
        <translation>Look around in a demo vault</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next: create the vault</source>
        <translation>Next: create the vault</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Backups by the operating system</source>
        <translation>Backups by the operating system</translation>
    </message>
    <message>
        <source>Choose the password that opens your vault. A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</source>
        <translation>Choose the password that opens your vault. A passphrase of several words is easiest to remember: length matters more than symbols. At least 8 characters; 15 or more is best. Japanese is fine.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Change the vault&apos;s folder</source>
        <translation>Change the vault&apos;s folder</translation>
    </message>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>The vault will be created in {folder}</translation>
    </message>
    <message>
        <source>This folder is inside a {service} folder. Sync apps can corrupt an open vault; choose a folder that is not synced.</source>
        <translation>This folder is inside a {service} folder. Sync apps can corrupt an open vault; choose a folder that is not synced.</translation>
    </message>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>Choose a folder for the new vault</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</source>
        <translation>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</translation>
    </message>
    <message>
        <source>Also require this &amp;device</source>
        <translation>Also require this &amp;device</translation>
    </message>
    <message>
        <source>Also require this device</source>
        <translation>Also require this device</translation>
    </message>
    <message>
        <source>The vault then opens only on this computer, with your password. Anywhere else, or if this computer is replaced, only the recovery key opens it.</source>
        <translation>The vault then opens only on this computer, with your password. Anywhere else, or if this computer is replaced, only the recovery key opens it.</translation>
    </message>
    <message>
        <source>The OS keyring could not be reached, so this option is not available here.</source>
        <translation>The OS keyring could not be reached, so this option is not available here.</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a few seconds.</source>
        <translation>Creating your vault… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>The vault folder could not be created: {reason}</source>
        <translation>The vault folder could not be created: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>The vault could not be created ({kind}).</translation>
    </message>
</context>
<context>
    <name>CustomFieldRow</name>
    <message>
        <source>Field name</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>Field type</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>new field</source>
        <translation>new field</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 2025-03-31, 2025/3/31, R7.3.31</source>
        <translation>e.g. 2025-03-31, 2025/3/31, R7.3.31</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
    <message>
        <source>Not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</source>
        <translation>Not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>24 digits</source>
        <translation>24 digits</translation>
    </message>
    <message>
        <source>six words</source>
        <translation>six words</translation>
    </message>
    <message>
        <source>Delivery to the client</source>
        <translation>Delivery to the client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>How bundles for “{name}” reach the client</source>
        <translation>How bundles for “{name}” reach the client</translation>
    </message>
    <message>
        <source>Current setting</source>
        <translation>Current setting</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>How the client opens bundles</source>
        <translation>How the client opens bundles</translation>
    </message>
    <message>
        <source>With their &amp;age public key</source>
        <translation>With their &amp;age public key</translation>
    </message>
    <message>
        <source>Mode: the client&apos;s age public key</source>
        <translation>Mode: the client&apos;s age public key</translation>
    </message>
    <message>
        <source>With a &amp;passphrase made for each bundle</source>
        <translation>With a &amp;passphrase made for each bundle</translation>
    </message>
    <message>
        <source>Mode: a passphrase for each bundle</source>
        <translation>Mode: a passphrase for each bundle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the delivery setting</source>
        <translation>Save the delivery setting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Contact person who receives bundles</source>
        <translation>Contact person who receives bundles</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>No contact person</source>
        <translation>No contact person</translation>
    </message>
    <message>
        <source>This client has no contact person yet, and bundles go only to one of the client&apos;s contact people. Add one with New record → Contact person on the client&apos;s page, then open this again.</source>
        <translation>This client has no contact person yet, and bundles go only to one of the client&apos;s contact people. Add one with New record → Contact person on the client&apos;s page, then open this again.</translation>
    </message>
    <message>
        <source>The client&apos;s age public key</source>
        <translation>The client&apos;s age public key</translation>
    </message>
    <message>
        <source>Paste the &amp;key the client sent:</source>
        <translation>Paste the &amp;key the client sent:</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problem with the key</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>How to confirm the key</source>
        <translation>How to confirm the key</translation>
    </message>
    <message>
        <source>Call the client and read these six groups aloud; the client reads back the same from their copy of the key (the first 24 characters of `printf %s age1… | sha256sum`, in groups of four). Save only if they match.</source>
        <translation>Call the client and read these six groups aloud; the client reads back the same from their copy of the key (the first 24 characters of `printf %s age1… | sha256sum`, in groups of four). Save only if they match.</translation>
    </message>
    <message>
        <source>The client &amp;read back the same fingerprint</source>
        <translation>The client &amp;read back the same fingerprint</translation>
    </message>
    <message>
        <source>The client read back the same fingerprint</source>
        <translation>The client read back the same fingerprint</translation>
    </message>
    <message>
        <source>24 &amp;digits in six groups of four</source>
        <translation>24 &amp;digits in six groups of four</translation>
    </message>
    <message>
        <source>Passphrase of 24 digits</source>
        <translation>Passphrase of 24 digits</translation>
    </message>
    <message>
        <source>Six English &amp;words</source>
        <translation>Six English &amp;words</translation>
    </message>
    <message>
        <source>Passphrase of six English words</source>
        <translation>Passphrase of six English words</translation>
    </message>
    <message>
        <source>About passphrases</source>
        <translation>About passphrases</translation>
    </message>
    <message>
        <source>A new passphrase is made for every bundle and shown once, after the export. Digits read aloud the same in Japanese and English.</source>
        <translation>A new passphrase is made for every bundle and shown once, after the export. Digits read aloud the same in Japanese and English.</translation>
    </message>
    <message>
        <source>&amp;Tell the last passphrase again</source>
        <translation>&amp;Tell the last passphrase again</translation>
    </message>
    <message>
        <source>Tell the last passphrase again</source>
        <translation>Tell the last passphrase again</translation>
    </message>
    <message>
        <source>Shows the passphrase of the last passphrase bundle; the audit log notes it.</source>
        <translation>Shows the passphrase of the last passphrase bundle; the audit log notes it.</translation>
    </message>
    <message>
        <source>Which bundle the passphrase opens</source>
        <translation>Which bundle the passphrase opens</translation>
    </message>
    <message>
        <source>No delivery setting yet: this client&apos;s data cannot be exported until one is saved.</source>
        <translation>No delivery setting yet: this client&apos;s data cannot be exported until one is saved.</translation>
    </message>
    <message>
        <source>The contact person this client&apos;s bundles went to was deleted; choose another.</source>
        <translation>The contact person this client&apos;s bundles went to was deleted; choose another.</translation>
    </message>
    <message>
        <source>Now: to {contact}, encrypted to their age key {fingerprint}.</source>
        <translation>Now: to {contact}, encrypted to their age key {fingerprint}.</translation>
    </message>
    <message>
        <source>Now: to {contact}, with a new passphrase ({style}) for each bundle.</source>
        <translation>Now: to {contact}, with a new passphrase ({style}) for each bundle.</translation>
    </message>
    <message>
        <source>Replace the client&apos;s key</source>
        <translation>Replace the client&apos;s key</translation>
    </message>
    <message>
        <source>Bundles for this client are encrypted to the age key {fingerprint} now. Replace it? Bundles already sent still open only with the old key.</source>
        <translation>Bundles for this client are encrypted to the age key {fingerprint} now. Replace it? Bundles already sent still open only with the old key.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>The passphrase of the bundle exported on {date} (SHA-256 {sha256}…). Telling it again is noted in the audit log.</source>
        <translation>The passphrase of the bundle exported on {date} (SHA-256 {sha256}…). Telling it again is noted in the audit log.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Something went wrong ({kind}).</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>Last day today</source>
        <translation>Last day today</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Overdue by 1 day</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Overdue by {days} days</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 day</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>In {days} days</translation>
    </message>
    <message>
        <source>{client} (client details and key)</source>
        <translation>{client} (client details and key)</translation>
    </message>
    <message>
        <source>Needs a date</source>
        <translation>Needs a date</translation>
    </message>
    <message>
        <source>a record of this client is on legal hold</source>
        <translation>a record of this client is on legal hold</translation>
    </message>
    <message>
        <source>On hold: {reason}</source>
        <translation>On hold: {reason}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Last kept day</source>
        <translation>Last kept day</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Due for erasure</source>
        <translation>Due for erasure</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Next 90 days</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Filter by client or item</source>
        <translation>Filter by client or item</translation>
    </message>
    <message>
        <source>Filter due items</source>
        <translation>Filter due items</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Loading status</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Totals for the client</source>
        <translation>Totals for the client</translation>
    </message>
    <message>
        <source>Items due for erasure</source>
        <translation>Items due for erasure</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Legal &amp;hold…</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Erase selected…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>In total: {counts}</source>
        <translation>In total: {counts}</translation>
    </message>
    <message>
        <source>{client}: {counts}</source>
        <translation>{client}: {counts}</translation>
    </message>
    <message>
        <source>{overdue} overdue, {soon} due within {days} days, {held} on hold</source>
        <translation>{overdue} overdue, {soon} due within {days} days, {held} on hold</translation>
    </message>
    <message>
        <source>Select one record (a client&apos;s own details have no rule or hold).</source>
        <translation>Select one record (a client&apos;s own details have no rule or hold).</translation>
    </message>
    <message>
        <source>Select the items to erase.</source>
        <translation>Select the items to erase.</translation>
    </message>
    <message>
        <source>On legal hold, so it cannot be erased: “{title}”. Release the hold first.</source>
        <translation>On legal hold, so it cannot be erased: “{title}”. Release the hold first.</translation>
    </message>
    <message>
        <source>Erase the selected items, with a deletion certificate.</source>
        <translation>Erase the selected items, with a deletion certificate.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>erase</source>
        <translation>erase</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>What will be erased</translation>
    </message>
    <message>
        <source>Looking up what will be erased…</source>
        <translation>Looking up what will be erased…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Why it cannot be erased</source>
        <translation>Why it cannot be erased</translation>
    </message>
    <message>
        <source>Why is it erased?</source>
        <translation>Why is it erased?</translation>
    </message>
    <message>
        <source>&amp;I decided to erase it</source>
        <translation>&amp;I decided to erase it</translation>
    </message>
    <message>
        <source>Reason: my decision</source>
        <translation>Reason: my decision</translation>
    </message>
    <message>
        <source>The client (or the person concerned) &amp;asked for it</source>
        <translation>The client (or the person concerned) &amp;asked for it</translation>
    </message>
    <message>
        <source>Reason: the client asked</source>
        <translation>Reason: the client asked</translation>
    </message>
    <message>
        <source>This cannot be undone. To confirm, type “{text}”:</source>
        <translation>This cannot be undone. To confirm, type “{text}”:</translation>
    </message>
    <message>
        <source>Type to confirm</source>
        <translation>Type to confirm</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Erasing</translation>
    </message>
    <message>
        <source>Erasure stage</source>
        <translation>Erasure stage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate folder</source>
        <translation>Certificate folder</translation>
    </message>
    <message>
        <source>&amp;Open certificate folder</source>
        <translation>&amp;Open certificate folder</translation>
    </message>
    <message>
        <source>Open certificate folder</source>
        <translation>Open certificate folder</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copy &amp;path</translation>
    </message>
    <message>
        <source>Copy the certificate folder&apos;s path</source>
        <translation>Copy the certificate folder&apos;s path</translation>
    </message>
    <message>
        <source>Erasure refused: records on legal hold: {count}. Release the hold first.</source>
        <translation>Erasure refused: records on legal hold: {count}. Release the hold first.</translation>
    </message>
    <message>
        <source>“{title}”: {reason}</source>
        <translation>“{title}”: {reason}</translation>
    </message>
    <message>
        <source>What will be erased:</source>
        <translation>What will be erased:</translation>
    </message>
    <message>
        <source>• The client&apos;s details (name, contacts, notes) and its key</source>
        <translation>• The client&apos;s details (name, contacts, notes) and its key</translation>
    </message>
    <message>
        <source>• {kind}: {count}</source>
        <translation>• {kind}: {count}</translation>
    </message>
    <message>
        <source>• Records: none</source>
        <translation>• Records: none</translation>
    </message>
    <message>
        <source>• Attachments: {count} ({size})</source>
        <translation>• Attachments: {count} ({size})</translation>
    </message>
    <message>
        <source>A deletion certificate is written; it holds no names or content.</source>
        <translation>A deletion certificate is written; it holds no names or content.</translation>
    </message>
    <message>
        <source>None of the app&apos;s backups holds this data.</source>
        <translation>None of the app&apos;s backups holds this data.</translation>
    </message>
    <message>
        <source>These backups are rewritten without it (or deleted):</source>
        <translation>These backups are rewritten without it (or deleted):</translation>
    </message>
    <message>
        <source>Not covered: copies of the vault folder made outside ClientVault (an OS backup such as Time Machine or File History, a sync client, a USB copy) still hold this data and its key. Use ClientVault&apos;s own backups, which an erasure reaches.</source>
        <translation>Not covered: copies of the vault folder made outside ClientVault (an OS backup such as Time Machine or File History, a sync client, a USB copy) still hold this data and its key. Use ClientVault&apos;s own backups, which an erasure reaches.</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>Writing the certificate…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Cleaning up (the log, free space and backups)…</source>
        <translation>Cleaning up (the log, free space and backups)…</translation>
    </message>
    <message>
        <source>Erased on {date}; certificate saved.</source>
        <translation>Erased on {date}; certificate saved.</translation>
    </message>
    <message>
        <source>Erased on {date}; certificate saved. Cleaning up did not finish (a backup could not be reached or purged, e.g. on a full disk): ClientVault finishes it at the next unlock.</source>
        <translation>Erased on {date}; certificate saved. Cleaning up did not finish (a backup could not be reached or purged, e.g. on a full disk): ClientVault finishes it at the next unlock.</translation>
    </message>
    <message>
        <source>Backups that could not be reached still hold this data: {count}. The certificate lists them.</source>
        <translation>Backups that could not be reached still hold this data: {count}. The certificate lists them.</translation>
    </message>
    <message>
        <source>Backups whose purge has not finished still hold this data: {count}. The certificate says so until the purge completes.</source>
        <translation>Backups whose purge has not finished still hold this data: {count}. The certificate says so until the purge completes.</translation>
    </message>
    <message>
        <source>The client “{name}” and everything held for it were erased.</source>
        <translation>The client “{name}” and everything held for it were erased.</translation>
    </message>
    <message>
        <source>Erased: {what}</source>
        <translation>Erased: {what}</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>What this erases changed since it was shown (edited in another window). Nothing was erased; check the list again.</source>
        <translation>What this erases changed since it was shown (edited in another window). Nothing was erased; check the list again.</translation>
    </message>
    <message>
        <source>Nothing was erased because of an unexpected error ({kind}).</source>
        <translation>Nothing was erased because of an unexpected error ({kind}).</translation>
    </message>
    <message>
        <source>Erase the client “{name}” and everything held for it</source>
        <translation>Erase the client “{name}” and everything held for it</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Encrypted bundle</source>
        <translation>Encrypted bundle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>An encrypted bundle of “{name}”, for that client only</source>
        <translation>An encrypted bundle of “{name}”, for that client only</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancel export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Delivery setting…</source>
        <translation>&amp;Delivery setting…</translation>
    </message>
    <message>
        <source>Open the delivery setting</source>
        <translation>Open the delivery setting</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Export the bundle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Encrypted PDF: opens in any PDF viewer (files up to {size} MB)</source>
        <translation>Encrypted PDF: opens in any PDF viewer (files up to {size} MB)</translation>
    </message>
    <message>
        <source>age bundle (report, data and files)</source>
        <translation>age bundle (report, data and files)</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Bundle format</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>Records in the bundle</translation>
    </message>
    <message>
        <source>Special-care warning</source>
        <translation>Special-care warning</translation>
    </message>
    <message>
        <source>Warning: this bundle holds special-care personal data (要配慮個人情報), such as health or criminal records. Send it only if the client expects exactly this data.</source>
        <translation>Warning: this bundle holds special-care personal data (要配慮個人情報), such as health or criminal records. Send it only if the client expects exactly this data.</translation>
    </message>
    <message>
        <source>Attachments left out</source>
        <translation>Attachments left out</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Files in the bundle</translation>
    </message>
    <message>
        <source>Bundle size</source>
        <translation>Bundle size</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>This client has no delivery setting yet. Choose the contact person who receives bundles and how they open them: Delivery setting…</source>
        <translation>This client has no delivery setting yet. Choose the contact person who receives bundles and how they open them: Delivery setting…</translation>
    </message>
    <message>
        <source>{count} files, {size} before encryption</source>
        <translation>{count} files, {size} before encryption</translation>
    </message>
    <message>
        <source>To: {contact}, encrypted to their age key with this fingerprint:</source>
        <translation>To: {contact}, encrypted to their age key with this fingerprint:</translation>
    </message>
    <message>
        <source>To: {contact}, encrypted to a new passphrase ({style}), shown once after the export.</source>
        <translation>To: {contact}, encrypted to a new passphrase ({style}), shown once after the export.</translation>
    </message>
    <message>
        <source>{organization_and_address} — client: {client}</source>
        <translation>{organization_and_address} — client: {client}</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Records: {records}. Attachments: {count}.</source>
        <translation>Records: {records}. Attachments: {count}.</translation>
    </message>
    <message>
        <source>The files come to more than {size} MB, too much for a PDF sent by mail; these stay out (choose the age bundle to send them):</source>
        <translation>The files come to more than {size} MB, too much for a PDF sent by mail; these stay out (choose the age bundle to send them):</translation>
    </message>
    <message>
        <source>Special-care data</source>
        <translation>Special-care data</translation>
    </message>
    <message>
        <source>This bundle holds special-care personal data (要配慮個人情報). Export it for {contact}?</source>
        <translation>This bundle holds special-care personal data (要配慮個人情報). Export it for {contact}?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Save the encrypted bundle</source>
        <translation>Save the encrypted bundle</translation>
    </message>
    <message>
        <source>age files (*.age)</source>
        <translation>age files (*.age)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Bundle written ({size}). Send the file to {contact}.</source>
        <translation>Bundle written ({size}). Send the file to {contact}.</translation>
    </message>
    <message>
        <source>Nothing was exported because of an unexpected error ({kind}).</source>
        <translation>Nothing was exported because of an unexpected error ({kind}).</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>Copy {label}</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>Copy {label}; the clipboard is cleared after a while.</translation>
    </message>
</context>
<context>
    <name>FileLabelRow</name>
    <message>
        <source>File name label</source>
        <translation>File name label</translation>
    </message>
    <message>
        <source>Goes into the file&apos;s name so you can match the file to its recipient in your mail. Leave it empty for a neutral name.</source>
        <translation>Goes into the file&apos;s name so you can match the file to its recipient in your mail. Leave it empty for a neutral name.</translation>
    </message>
    <message>
        <source>File &amp;name label:</source>
        <translation>File &amp;name label:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Saved as: {name}</source>
        <translation>Saved as: {name}</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
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
        <translation>the row</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem} Imported without it.</source>
        <translation>Row {row}, {column}: {problem} Imported without it.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: the same client as row {of_row}</source>
        <translation>Row {row}: the same client as row {of_row}</translation>
    </message>
    <message>
        <source>Row {row}: this client is already in the vault</source>
        <translation>Row {row}: this client is already in the vault</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <source>Duplicate, skipped</source>
        <translation>Duplicate, skipped</translation>
    </message>
    <message>
        <source>Problem, skipped</source>
        <translation>Problem, skipped</translation>
    </message>
    <message>
        <source>Added without a value</source>
        <translation>Added without a value</translation>
    </message>
    <message>
        <source>A duplicate; it is not imported.</source>
        <translation>A duplicate; it is not imported.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImportRole</name>
    <message>
        <source>Client name</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client name&apos;s furigana</source>
        <translation>Client name&apos;s furigana</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the clients</source>
        <translation>Import the clients</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>{kind}, {encoding}</source>
        <translation>{kind}, {encoding}</translation>
    </message>
    <message>
        <source>{kind}; {columns} columns.</source>
        <translation>{kind}; {columns} columns.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Choose the column that holds the client name.</source>
        <translation>Choose the column that holds the client name.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Checked {rows} rows: {clients} to add, {skipped} skipped.</source>
        <translation>Checked {rows} rows: {clients} to add, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Checking the file… {rows} rows read</source>
        <translation>Checking the file… {rows} rows read</translation>
    </message>
    <message>
        <source>Importing… {rows} rows read</source>
        <translation>Importing… {rows} rows read</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The list is still in plaintext at {path}. Delete it, and its copies, once you no longer need it.</source>
        <translation>The list is still in plaintext at {path}. Delete it, and its copies, once you no longer need it.</translation>
    </message>
    <message>
        <source>Overwrite {path} once and delete it? On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups, synced folders or mail that hold a copy keep theirs: full-disk encryption is what protects those.</source>
        <translation>Overwrite {path} once and delete it? On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups, synced folders or mail that hold a copy keep theirs: full-disk encryption is what protects those.</translation>
    </message>
    <message>
        <source>Delete the source file</source>
        <translation>Delete the source file</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choose the client list</source>
        <translation>Choose the client list</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx)</source>
        <translation>Client lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Client name and contact name</source>
        <translation>Client name and contact name</translation>
    </message>
    <message>
        <source>Furigana of the client and contact</source>
        <translation>Furigana of the client and contact</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>About importing</source>
        <translation>About importing</translation>
    </message>
    <message>
        <source>Import the client list you already keep: a CSV file (UTF-8, UTF-8 with BOM or Shift_JIS, as Excel saves it) or an Excel workbook (.xlsx). Each row becomes a client; nothing is added until you have seen the summary.</source>
        <translation>Import the client list you already keep: a CSV file (UTF-8, UTF-8 with BOM or Shift_JIS, as Excel saves it) or an Excel workbook (.xlsx). Each row becomes a client; nothing is added until you have seen the summary.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Sheet to import</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>About the columns</source>
        <translation>About the columns</translation>
    </message>
    <message>
        <source>Say what each column holds. The choices were guessed from the column headers; check each one. The preview shows the first rows as they will be imported.</source>
        <translation>Say what each column holds. The choices were guessed from the column headers; check each one. The preview shows the first rows as they will be imported.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <source>{number}. {header}</source>
        <translation>{number}. {header}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>What column {number} ({header}) holds</source>
        <translation>What column {number} ({header}) holds</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>no header</translation>
    </message>
    <message>
        <source>Example from column {number}</source>
        <translation>Example from column {number}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Rows not imported, and values left out</source>
        <translation>Rows not imported, and values left out</translation>
    </message>
    <message>
        <source>&amp;Rows not imported, and values left out to fix afterwards:</source>
        <translation>&amp;Rows not imported, and values left out to fix afterwards:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The source file</source>
        <translation>The source file</translation>
    </message>
    <message>
        <source>&amp;Delete the source file…</source>
        <translation>&amp;Delete the source file…</translation>
    </message>
    <message>
        <source>Values left out, to fix</source>
        <translation>Values left out, to fix</translation>
    </message>
    <message>
        <source>&amp;Values left out (the clients were added without them):</source>
        <translation>&amp;Values left out (the clients were added without them):</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>… and {count} more rows</source>
        <translation>… and {count} more rows</translation>
    </message>
    <message>
        <source>The import will add {clients} clients and {contacts} contacts.</source>
        <translation>The import will add {clients} clients and {contacts} contacts.</translation>
    </message>
    <message>
        <source>Duplicates skipped: {count}</source>
        <translation>Duplicates skipped: {count}</translation>
    </message>
    <message>
        <source>Rows with problems (not imported): {count}</source>
        <translation>Rows with problems (not imported): {count}</translation>
    </message>
    <message>
        <source>Clients added without a value that is not valid: {count}</source>
        <translation>Clients added without a value that is not valid: {count}</translation>
    </message>
    <message>
        <source>Cells beginning with = + - @ kept as text, never run: {count}</source>
        <translation>Cells beginning with = + - @ kept as text, never run: {count}</translation>
    </message>
    <message>
        <source>Rows read: {rows}. Everything is added in one step, or nothing is.</source>
        <translation>Rows read: {rows}. Everything is added in one step, or nothing is.</translation>
    </message>
    <message>
        <source>Added {clients} clients and {contacts} contacts.</source>
        <translation>Added {clients} clients and {contacts} contacts.</translation>
    </message>
    <message>
        <source>Skipped: {duplicates} duplicates, {problems} rows with problems.</source>
        <translation>Skipped: {duplicates} duplicates, {problems} rows with problems.</translation>
    </message>
    <message>
        <source>Added without a value that is not valid: {count} clients.</source>
        <translation>Added without a value that is not valid: {count} clients.</translation>
    </message>
    <message>
        <source>The import is recorded in the vault&apos;s audit log.</source>
        <translation>The import is recorded in the vault&apos;s audit log.</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Secondary harm</source>
        <translation>Secondary harm</translation>
    </message>
    <message>
        <source>Response to the persons</source>
        <translation>Response to the persons</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Measures against recurrence</source>
        <translation>Measures against recurrence</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>This is a self-check from the vault&apos;s records, not legal advice.</source>
        <translation>This is a self-check from the vault&apos;s records, not legal advice.</translation>
    </message>
    <message>
        <source>Persons affected: {count}</source>
        <translation>Persons affected: {count}</translation>
    </message>
    <message>
        <source>Of them with special-care data: {count}</source>
        <translation>Of them with special-care data: {count}</translation>
    </message>
    <message>
        <source>Report to the PPC required: {answer}</source>
        <translation>Report to the PPC required: {answer}</translation>
    </message>
    <message>
        <source>Strong-encryption exemption: {answer}</source>
        <translation>Strong-encryption exemption: {answer}</translation>
    </message>
    <message>
        <source>Preliminary report (速報) by: {date}</source>
        <translation>Preliminary report (速報) by: {date}</translation>
    </message>
    <message>
        <source>Final report (確報) by: {date}</source>
        <translation>Final report (確報) by: {date}</translation>
    </message>
    <message>
        <source>Triggers that apply: {list}</source>
        <translation>Triggers that apply: {list}</translation>
    </message>
    <message>
        <source>Still to be written (要記入):</source>
        <translation>Still to be written (要記入):</translation>
    </message>
</context>
<context>
    <name>IncidentWizard</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Lost or stolen device</translation>
    </message>
    <message>
        <source>Bundle sent to the wrong recipient</source>
        <translation>Bundle sent to the wrong recipient</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>Unauthorised access</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Malware</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>No: the password and keys did not leak, the vault was locked</source>
        <translation>No: the password and keys did not leak, the vault was locked</translation>
    </message>
    <message>
        <source>Yes, or probably</source>
        <translation>Yes, or probably</translation>
    </message>
    <message>
        <source>Clients concerned (none ticked: all)</source>
        <translation>Clients concerned (none ticked: all)</translation>
    </message>
    <message>
        <source>The bundle that went astray</source>
        <translation>The bundle that went astray</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>What happened, in your words</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Discovered:</source>
        <translation>Discovered:</translation>
    </message>
    <message>
        <source>Password or key leaked:</source>
        <translation>Password or key leaked:</translation>
    </message>
    <message>
        <source>Clients (none ticked: all):</source>
        <translation>Clients (none ticked: all):</translation>
    </message>
    <message>
        <source>Misdelivered bundle:</source>
        <translation>Misdelivered bundle:</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Your note:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>Save the &amp;report…</source>
        <translation>Save the &amp;report…</translation>
    </message>
    <message>
        <source>One notice per affected person (Japanese, or English when their record says so), and one per client company you work for as a contractor, with a CSV for a mail merge.</source>
        <translation>One notice per affected person (Japanese, or English when their record says so), and one per client company you work for as a contractor, with a CSV for a mail merge.</translation>
    </message>
    <message>
        <source>Your name and contact for the notices</source>
        <translation>Your name and contact for the notices</translation>
    </message>
    <message>
        <source>Write the &amp;notices…</source>
        <translation>Write the &amp;notices…</translation>
    </message>
    <message>
        <source>Notices written</source>
        <translation>Notices written</translation>
    </message>
    <message>
        <source>%v of %m notices</source>
        <translation>%v of %m notices</translation>
    </message>
    <message>
        <source>C&amp;ancel writing</source>
        <translation>C&amp;ancel writing</translation>
    </message>
    <message>
        <source>Your name and contact:</source>
        <translation>Your name and contact:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>Restored from an unsaved edit.</translation>
    </message>
    <message>
        <source>Writing… (a PDF per person takes a moment)</source>
        <translation>Writing… (a PDF per person takes a moment)</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Folder for the report</translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>Folder for the notices</translation>
    </message>
    <message>
        <source>Written to {folder}.</source>
        <translation>Written to {folder}.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Discovered (UTC)</translation>
    </message>
    <message>
        <source>Preliminary report by</source>
        <translation>Preliminary report by</translation>
    </message>
    <message>
        <source>Final report by</source>
        <translation>Final report by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incidents and their deadlines</source>
        <translation>Incidents and their deadlines</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <source>&amp;Mark as closed</source>
        <translation>&amp;Mark as closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} open</translation>
    </message>
</context>
<context>
    <name>InventoryChart</name>
    <message>
        <source>Persons and categories per client</source>
        <translation>Persons and categories per client</translation>
    </message>
    <message>
        <source>{client}: {persons} persons, {categories} categories</source>
        <translation>{client}: {persons} persons, {categories} categories</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>No clients</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>What is held per client</source>
        <translation>What is held per client</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Next last-kept day</source>
        <translation>Next last-kept day</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Special-care</source>
        <translation>Special-care</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Plaintext copies</source>
        <translation>Plaintext copies</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>{count} ({size:,} bytes)</source>
        <translation>{count} ({size:,} bytes)</translation>
    </message>
    <message>
        <source>{count} ({away} disconnected)</source>
        <translation>{count} ({away} disconnected)</translation>
    </message>
    <message>
        <source>{clients} clients, {persons} persons. {warnings} records look like special-care data but are not marked so.</source>
        <translation>{clients} clients, {persons} persons. {warnings} records look like special-care data but are not marked so.</translation>
    </message>
    <message>
        <source>Save the inventory</source>
        <translation>Save the inventory</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Legal hold</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>Record: {title}</translation>
    </message>
    <message>
        <source>Current hold</source>
        <translation>Current hold</translation>
    </message>
    <message>
        <source>A record on legal hold is never erased, even after its retention date, until the hold is released. Say why it is kept (a tax audit, a dispute…).</source>
        <translation>A record on legal hold is never erased, even after its retention date, until the hold is released. Say why it is kept (a tax audit, a dispute…).</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <source>e.g. 税務調査のため保全</source>
        <translation>e.g. 税務調査のため保全</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Put on hold</source>
        <translation>&amp;Put on hold</translation>
    </message>
    <message>
        <source>R&amp;elease hold…</source>
        <translation>R&amp;elease hold…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>On legal hold: {reason}</translation>
    </message>
    <message>
        <source>&amp;Change reason</source>
        <translation>&amp;Change reason</translation>
    </message>
    <message>
        <source>Not on legal hold.</source>
        <translation>Not on legal hold.</translation>
    </message>
    <message>
        <source>The hold could not be changed because of an unexpected error.</source>
        <translation>The hold could not be changed because of an unexpected error.</translation>
    </message>
    <message>
        <source>Release legal hold</source>
        <translation>Release legal hold</translation>
    </message>
    <message>
        <source>Release the legal hold on “{title}”? Once its retention date has passed it can be erased.</source>
        <translation>Release the legal hold on “{title}”? Once its retention date has passed it can be erased.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search all clients (Ctrl+F)</source>
        <translation>Search all clients (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all clients</source>
        <translation>Search all clients</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Filter clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Choose a client on the left, or add one.</source>
        <translation>Choose a client on the left, or add one.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>&amp;Find in all clients</source>
        <translation>&amp;Find in all clients</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Re-key vault…</source>
        <translation>&amp;Re-key vault…</translation>
    </message>
    <message>
        <source>&amp;Focus mode (hide other clients)</source>
        <translation>&amp;Focus mode (hide other clients)</translation>
    </message>
    <message>
        <source>&amp;Due for erasure…</source>
        <translation>&amp;Due for erasure…</translation>
    </message>
    <message>
        <source>&amp;Erase what is due…</source>
        <translation>&amp;Erase what is due…</translation>
    </message>
    <message>
        <source>Record &amp;retention…</source>
        <translation>Record &amp;retention…</translation>
    </message>
    <message>
        <source>Legal &amp;hold…</source>
        <translation>Legal &amp;hold…</translation>
    </message>
    <message>
        <source>Erase the selected re&amp;cord…</source>
        <translation>Erase the selected re&amp;cord…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation>&amp;Import clients…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>In&amp;ventory…</translation>
    </message>
    <message>
        <source>Inci&amp;dent…</source>
        <translation>Inci&amp;dent…</translation>
    </message>
    <message>
        <source>Incident lis&amp;t…</source>
        <translation>Incident lis&amp;t…</translation>
    </message>
    <message>
        <source>Go to client &amp;list</source>
        <translation>Go to client &amp;list</translation>
    </message>
    <message>
        <source>Clients: {count}</source>
        <translation>Clients: {count}</translation>
    </message>
    <message>
        <source>Edits not saved when the vault locked: {count}. Open them again to finish?</source>
        <translation>Edits not saved when the vault locked: {count}. Open them again to finish?</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discard the unsaved edits? They cannot be recovered.</source>
        <translation>Discard the unsaved edits? They cannot be recovered.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Records found for “{query}”, in every client</source>
        <translation>Records found for “{query}”, in every client</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed.</source>
        <translation>Something went wrong ({kind}). Nothing was changed.</translation>
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
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>S&amp;how passwords</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Show passwords</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>The passwords match.</translation>
    </message>
    <message>
        <source>Use at least {min} characters; a passphrase of 15 or more is best.</source>
        <translation>Use at least {min} characters; a passphrase of 15 or more is best.</translation>
    </message>
    <message>
        <source>Too short: {length} characters; use at least {min}.</source>
        <translation>Too short: {length} characters; use at least {min}.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, or a small change to one. Choose another.</source>
        <translation>This is one of the most common passwords, or a small change to one. Choose another.</translation>
    </message>
    <message>
        <source>Repeated characters are easy to guess. Choose another.</source>
        <translation>Repeated characters are easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>Sequences such as 12345678, abcdefgh or qwerty are easy to guess. Choose another.</source>
        <translation>Sequences such as 12345678, abcdefgh or qwerty are easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>A password that contains the app&apos;s name is easy to guess. Choose another.</source>
        <translation>A password that contains the app&apos;s name is easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>Acceptable. A passphrase of 15 characters or more would be stronger.</source>
        <translation>Acceptable. A passphrase of 15 characters or more would be stronger.</translation>
    </message>
    <message>
        <source>Strong: a long password is the hardest to guess.</source>
        <translation>Strong: a long password is the hardest to guess.</translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <source>Offboard {name}</source>
        <translation>Offboard {name}</translation>
    </message>
    <message>
        <source>Return this client&apos;s data to their contact as an encrypted bundle, then erase it from the vault and its backups. One signed certificate names the returned file&apos;s SHA-256, the erasure and the copies that left the vault.</source>
        <translation>Return this client&apos;s data to their contact as an encrypted bundle, then erase it from the vault and its backups. One signed certificate names the returned file&apos;s SHA-256, the erasure and the copies that left the vault.</translation>
    </message>
    <message>
        <source>&amp;Return and erase</source>
        <translation>&amp;Return and erase</translation>
    </message>
    <message>
        <source>Contact the data goes back to</source>
        <translation>Contact the data goes back to</translation>
    </message>
    <message>
        <source>age bundle</source>
        <translation>age bundle</translation>
    </message>
    <message>
        <source>Encrypted PDF</source>
        <translation>Encrypted PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>This client has no contact record to return the data to; add one.</source>
        <translation>This client has no contact record to return the data to; add one.</translation>
    </message>
    <message>
        <source>Folder for the returned data and certificate</source>
        <translation>Folder for the returned data and certificate</translation>
    </message>
    <message>
        <source>Offboard client</source>
        <translation>Offboard client</translation>
    </message>
    <message>
        <source>Return {name}&apos;s data and then erase it for good? This cannot be undone.</source>
        <translation>Return {name}&apos;s data and then erase it for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Return and erase</source>
        <translation>Return and erase</translation>
    </message>
    <message>
        <source>Returning and erasing…</source>
        <translation>Returning and erasing…</translation>
    </message>
    <message>
        <source>Done. Returned file: {file}
SHA-256: {sha}
Signed certificate: {cert}
Backups still holding the data (unreachable): {backups}</source>
        <translation>Done. Returned file: {file}
SHA-256: {sha}
Signed certificate: {cert}
Backups still holding the data (unreachable): {backups}</translation>
    </message>
</context>
<context>
    <name>PassphraseView</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase style</source>
        <translation>Passphrase style</translation>
    </message>
    <message>
        <source>&amp;Copy passphrase</source>
        <translation>&amp;Copy passphrase</translation>
    </message>
    <message>
        <source>Copy the passphrase</source>
        <translation>Copy the passphrase</translation>
    </message>
    <message>
        <source>Copy the passphrase; the clipboard is cleared after a while.</source>
        <translation>Copy the passphrase; the clipboard is cleared after a while.</translation>
    </message>
    <message>
        <source>Tell it to the client by phone, or by another channel than the file. Never put it in the same mail or message as the file, nor in the file&apos;s name or folder.</source>
        <translation>Tell it to the client by phone, or by another channel than the file. Never put it in the same mail or message as the file, nor in the file&apos;s name or folder.</translation>
    </message>
    <message>
        <source>How to pass on the passphrase</source>
        <translation>How to pass on the passphrase</translation>
    </message>
    <message>
        <source>Passphrase: {count} groups of four digits</source>
        <translation>Passphrase: {count} groups of four digits</translation>
    </message>
    <message>
        <source>Passphrase: {count} words</source>
        <translation>Passphrase: {count} words</translation>
    </message>
    <message>
        <source>Group {number} of {count}</source>
        <translation>Group {number} of {count}</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorDialog</name>
    <message>
        <source>Generate a password</source>
        <translation>Generate a password</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Generated password</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Generate another</source>
        <translation>Generate another</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Use password</source>
        <translation>&amp;Use password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Lowercase letters (a–z)</source>
        <translation>Lowercase letters (a–z)</translation>
    </message>
    <message>
        <source>Capital letters (A–Z)</source>
        <translation>Capital letters (A–Z)</translation>
    </message>
    <message>
        <source>Digits (0–9)</source>
        <translation>Digits (0–9)</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <source>Safe for Japanese and US keyboards</source>
        <translation>Safe for Japanese and US keyboards</translation>
    </message>
    <message>
        <source>Leaves out symbols that sit on different keys on Japanese (JIS) and US keyboards, the ¥/\ key, and the look-alikes 0 O 1 l I. Symbols kept: ! # $ % , - . / ; &lt; &gt; ?</source>
        <translation>Leaves out symbols that sit on different keys on Japanese (JIS) and US keyboards, the ¥/\ key, and the look-alikes 0 O 1 l I. Symbols kept: ! # $ % , - . / ; &lt; &gt; ?</translation>
    </message>
    <message>
        <source>Strength: {bits} bits of entropy</source>
        <translation>Strength: {bits} bits of entropy</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generate…</translation>
    </message>
</context>
<context>
    <name>PendingRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>This vault was re-keyed, but its new recovery key was never confirmed as kept (the re-key may have been interrupted). The old recovery key no longer works: keep this one.</source>
        <translation>This vault was re-keyed, but its new recovery key was never confirmed as kept (the re-key may have been interrupted). The old recovery key no longer works: keep this one.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Decrypting in memory…</source>
        <translation>Decrypting in memory…</translation>
    </message>
    <message>
        <source>{type} · {size}</source>
        <translation>{type} · {size}</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>File contents</translation>
    </message>
    <message>
        <source>Table contents</source>
        <translation>Table contents</translation>
    </message>
    <message>
        <source>&amp;Save a decrypted copy…</source>
        <translation>&amp;Save a decrypted copy…</translation>
    </message>
    <message>
        <source>&amp;Open with the system viewer…</source>
        <translation>&amp;Open with the system viewer…</translation>
    </message>
    <message>
        <source>Too large to preview (over {limit}); save a copy or open it with the system viewer.</source>
        <translation>Too large to preview (over {limit}); save a copy or open it with the system viewer.</translation>
    </message>
    <message>
        <source>This image could not be read; it may be damaged.</source>
        <translation>This image could not be read; it may be damaged.</translation>
    </message>
    <message>
        <source>No preview for this type ({type}, {size}).</source>
        <translation>No preview for this type ({type}, {size}).</translation>
    </message>
    <message>
        <source>UTF-8, with unreadable characters replaced</source>
        <translation>UTF-8, with unreadable characters replaced</translation>
    </message>
    <message>
        <source>Encoding: {encoding}.</source>
        <translation>Encoding: {encoding}.</translation>
    </message>
    <message>
        <source>This file could not be read as a table, so it is shown as text.</source>
        <translation>This file could not be read as a table, so it is shown as text.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} characters.</source>
        <translation>Showing the first {shown} of {total} characters.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>Showing the first {shown} of {total} rows.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} columns.</source>
        <translation>Showing the first {shown} of {total} columns.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password; save a copy or open it with the system viewer.</source>
        <translation>This PDF is protected with a password; save a copy or open it with the system viewer.</translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation>This PDF could not be read; it may be damaged.</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>RecordChoiceModel</name>
    <message>
        <source>Special-care records are always left out of a redacted bundle.</source>
        <translation>Special-care records are always left out of a redacted bundle.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation>Furigana</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>Several lines</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Secret (hidden)</source>
        <translation>Secret (hidden)</translation>
    </message>
    <message>
        <source>e.g. 2025-04-01 or 2025年4月1日</source>
        <translation>e.g. 2025-04-01 or 2025年4月1日</translation>
    </message>
    <message>
        <source>e.g. 12,500</source>
        <translation>e.g. 12,500</translation>
    </message>
    <message>
        <source>e.g. tanaka@example.jp</source>
        <translation>e.g. tanaka@example.jp</translation>
    </message>
    <message>
        <source>e.g. 03-1234-5678 or +81 3-1234-5678</source>
        <translation>e.g. 03-1234-5678 or +81 3-1234-5678</translation>
    </message>
    <message>
        <source>e.g. https://example.jp/login</source>
        <translation>e.g. https://example.jp/login</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Sens&amp;itivity:</source>
        <translation>Sens&amp;itivity:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>More fields</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Restored from an unsaved edit.</source>
        <translation>Restored from an unsaved edit.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere after this edit began; saving will ask whether to replace those changes.</source>
        <translation>The record was changed elsewhere after this edit began; saving will ask whether to replace those changes.</translation>
    </message>
    <message>
        <source>The record could not be saved because of an unexpected error.</source>
        <translation>The record could not be saved because of an unexpected error.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>This record was changed in another window after you opened it. Replace those changes with yours?</source>
        <translation>This record was changed in another window after you opened it. Replace those changes with yours?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Not saved: this record was changed in another window after you opened it. Copy what you need, close this editor and open the record again.</source>
        <translation>Not saved: this record was changed in another window after you opened it. Copy what you need, close this editor and open the record again.</translation>
    </message>
    <message>
        <source>Delete “{title}” for good? This cannot be undone.</source>
        <translation>Delete “{title}” for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard your changes to this record?</source>
        <translation>Discard your changes to this record?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Edit contact person</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>New credential</source>
        <translation>New credential</translation>
    </message>
    <message>
        <source>Edit credential</source>
        <translation>Edit credential</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
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
        <translation>This record has no fields yet.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open {label} in the browser</source>
        <translation>Open {label} in the browser</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>Copy {label}</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>Copy {label}; the clipboard is cleared after a while.</translation>
    </message>
    <message>
        <source>Not a web address</source>
        <translation>Not a web address</translation>
    </message>
    <message>
        <source>Only web addresses starting with http:// or https:// are opened. This one was not opened, because other kinds of address can run programs or open files on this computer.</source>
        <translation>Only web addresses starting with http:// or https:// are opened. This one was not opened, because other kinds of address can run programs or open files on this computer.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>To finish, type the key back, or save the sheet and confirm that you printed it or stored it offline.</source>
        <translation>To finish, type the key back, or save the sheet and confirm that you printed it or stored it offline.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet (PDF)…</source>
        <translation>&amp;Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF</source>
        <translation>Save recovery sheet as PDF</translation>
    </message>
    <message>
        <source>Type the recovery key back</source>
        <translation>Type the recovery key back</translation>
    </message>
    <message>
        <source>&amp;Type the key back:</source>
        <translation>&amp;Type the key back:</translation>
    </message>
    <message>
        <source>I have &amp;printed it or stored it offline</source>
        <translation>I have &amp;printed it or stored it offline</translation>
    </message>
    <message>
        <source>I have printed it or stored it offline</source>
        <translation>I have printed it or stored it offline</translation>
    </message>
    <message>
        <source>The vault is re-keyed. This is your new recovery key; the old one no longer opens the vault. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline. Destroy the old sheet.</source>
        <translation>The vault is re-keyed. This is your new recovery key; the old one no longer opens the vault. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline. Destroy the old sheet.</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the vault if you forget the password or lose this computer. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline.</source>
        <translation>This is your recovery key. It opens the vault if you forget the password or lose this computer. It is shown only now: save the recovery sheet and print it, or write the key down, and keep it offline.</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Recovery key not kept</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Close without the key</translation>
    </message>
    <message>
        <source>You have not confirmed that the new recovery key is kept. The old key no longer works, and this one is not shown again: without it, a forgotten password means the vault cannot be opened. Close anyway?</source>
        <translation>You have not confirmed that the new recovery key is kept. The old key no longer works, and this one is not shown again: without it, a forgotten password means the vault cannot be opened. Close anyway?</translation>
    </message>
    <message>
        <source>You have not confirmed that the recovery key is kept. Without it, a forgotten password means the vault cannot be opened again, and the key is not shown again. Close anyway?</source>
        <translation>You have not confirmed that the recovery key is kept. Without it, a forgotten password means the vault cannot be opened again, and the key is not shown again. Close anyway?</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be saved: {reason}</source>
        <translation>The sheet could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Saved to {path}. Print it, then delete the file.</translation>
    </message>
    <message>
        <source>That folder is synced by {service}: delete the file there soon.</source>
        <translation>That folder is synced by {service}: delete the file there soon.</translation>
    </message>
    <message>
        <source>The key matches.</source>
        <translation>The key matches.</translation>
    </message>
    <message>
        <source>{count} of {total} digits.</source>
        <translation>{count} of {total} digits.</translation>
    </message>
    <message>
        <source>This does not match the key above. Check each group.</source>
        <translation>This does not match the key above. Check each group.</translation>
    </message>
</context>
<context>
    <name>RedactedExportDialog</name>
    <message>
        <source>Redacted bundle</source>
        <translation>Redacted bundle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>A redacted bundle of “{name}”: personal data replaced, special-care data and secrets left out, and every written file checked before it is kept.</source>
        <translation>A redacted bundle of “{name}”: personal data replaced, special-care data and secrets left out, and every written file checked before it is kept.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the redacted bundle</source>
        <translation>Export the redacted bundle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>&amp;All of the client&apos;s records</source>
        <translation>&amp;All of the client&apos;s records</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Only the &amp;checked records</source>
        <translation>Only the &amp;checked records</translation>
    </message>
    <message>
        <source>Only the checked records</source>
        <translation>Only the checked records</translation>
    </message>
    <message>
        <source>Records to include</source>
        <translation>Records to include</translation>
    </message>
    <message>
        <source>Replace personal data</source>
        <translation>Replace personal data</translation>
    </message>
    <message>
        <source>How to replace: {kind}</source>
        <translation>How to replace: {kind}</translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation>{kind}:</translation>
    </message>
    <message>
        <source>Write it as</source>
        <translation>Write it as</translation>
    </message>
    <message>
        <source>A &amp;folder of files</source>
        <translation>A &amp;folder of files</translation>
    </message>
    <message>
        <source>Write a folder</source>
        <translation>Write a folder</translation>
    </message>
    <message>
        <source>One &amp;zip file</source>
        <translation>One &amp;zip file</translation>
    </message>
    <message>
        <source>Write a zip file</source>
        <translation>Write a zip file</translation>
    </message>
    <message>
        <source>Also write a &amp;review page (PDF) for the client to approve</source>
        <translation>Also write a &amp;review page (PDF) for the client to approve</translation>
    </message>
    <message>
        <source>Write a review page for the client</source>
        <translation>Write a review page for the client</translation>
    </message>
    <message>
        <source>One page with the redacted text and the phrases kept, beside the bundle; written only when the bundle passed the check.</source>
        <translation>One page with the redacted text and the phrases kept, beside the bundle; written only when the bundle passed the check.</translation>
    </message>
    <message>
        <source>Original (stays in the vault)</source>
        <translation>Original (stays in the vault)</translation>
    </message>
    <message>
        <source>Redacted (goes into the bundle)</source>
        <translation>Redacted (goes into the bundle)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Replacements</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>Loading the records…</translation>
    </message>
    <message>
        <source>Records in the bundle: {count}</source>
        <translation>Records in the bundle: {count}</translation>
    </message>
    <message>
        <source>Always left out: special-care records {records}, special-care fields {fields}, secret fields {secrets}.</source>
        <translation>Always left out: special-care records {records}, special-care fields {fields}, secret fields {secrets}.</translation>
    </message>
    <message>
        <source>Nothing personal was found to replace.</source>
        <translation>Nothing personal was found to replace.</translation>
    </message>
    <message>
        <source>{kind} {count}</source>
        <translation>{kind} {count}</translation>
    </message>
    <message>
        <source>Replaced: {parts}.</source>
        <translation>Replaced: {parts}.</translation>
    </message>
    <message>
        <source>Save the redacted bundle</source>
        <translation>Save the redacted bundle</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>A new folder (*)</source>
        <translation>A new folder (*)</translation>
    </message>
    <message>
        <source>Written and checked: {path}
Records: {records}. SHA-256: {sha256}</source>
        <translation>Written and checked: {path}
Records: {records}. SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Review page for the client: {path}</source>
        <translation>Review page for the client: {path}</translation>
    </message>
    <message>
        <source>Nothing was exported because of an unexpected error ({kind}).</source>
        <translation>Nothing was exported because of an unexpected error ({kind}).</translation>
    </message>
    <message>
        <source>Name of a person</source>
        <translation>Name of a person</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Special-care sentence (health, record, creed …)</source>
        <translation>Special-care sentence (health, record, creed …)</translation>
    </message>
    <message>
        <source>Term you added</source>
        <translation>Term you added</translation>
    </message>
    <message>
        <source>Generalise (year and month)</source>
        <translation>Generalise (year and month)</translation>
    </message>
    <message>
        <source>Generalise (prefecture only)</source>
        <translation>Generalise (prefecture only)</translation>
    </message>
    <message>
        <source>Remove (a label instead)</source>
        <translation>Remove (a label instead)</translation>
    </message>
    <message>
        <source>Mask (***)</source>
        <translation>Mask (***)</translation>
    </message>
    <message>
        <source>Pseudonym (the same for the same value)</source>
        <translation>Pseudonym (the same for the same value)</translation>
    </message>
    <message>
        <source>{kind}: {operator}</source>
        <translation>{kind}: {operator}</translation>
    </message>
    <message>
        <source>{kind}: replaced in the bundle</source>
        <translation>{kind}: replaced in the bundle</translation>
    </message>
    <message>
        <source>Client: </source>
        <translation>Client: </translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>Notes: </translation>
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
        <translation>Result</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle</source>
        <translation>SHA-256 of the bundle</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>Copy &amp;SHA-256</translation>
    </message>
    <message>
        <source>Copy the bundle&apos;s SHA-256</source>
        <translation>Copy the bundle&apos;s SHA-256</translation>
    </message>
    <message>
        <source>How to open the file, for the mail</source>
        <translation>How to open the file, for the mail</translation>
    </message>
    <message>
        <source>Copy the &amp;note for the mail</source>
        <translation>Copy the &amp;note for the mail</translation>
    </message>
    <message>
        <source>&amp;How to open it (paste into your mail):</source>
        <translation>&amp;How to open it (paste into your mail):</translation>
    </message>
</context>
<context>
    <name>RetentionBanner</name>
    <message>
        <source>Retention reminder</source>
        <translation>Retention reminder</translation>
    </message>
    <message>
        <source>Revie&amp;w…</source>
        <translation>Revie&amp;w…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the retention reminder</source>
        <translation>Dismiss the retention reminder</translation>
    </message>
    <message>
        <source>Erased automatically: {count} records past their retention date (certificates saved).</source>
        <translation>Erased automatically: {count} records past their retention date (certificates saved).</translation>
    </message>
    <message>
        <source>1 item is past its retention date.</source>
        <translation>1 item is past its retention date.</translation>
    </message>
    <message>
        <source>{count} items are past their retention date.</source>
        <translation>{count} items are past their retention date.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>That is not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</source>
        <translation>That is not a date. Type e.g. 2025-03-31, 2025/3/31, R7.3.31 or 令和7年3月31日.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Record: {title}</source>
        <translation>Record: {title}</translation>
    </message>
    <message>
        <source>Current retention</source>
        <translation>Current retention</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>Retention rule</translation>
    </message>
    <message>
        <source>Inherit from the client or the record kind</source>
        <translation>Inherit from the client or the record kind</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;Keep until:</source>
        <translation>&amp;Keep until:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The rule could not be changed because of an unexpected error.</source>
        <translation>The rule could not be changed because of an unexpected error.</translation>
    </message>
    <message>
        <source>set on this record</source>
        <translation>set on this record</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>inherited</translation>
    </message>
    <message>
        <source>needs a date</source>
        <translation>needs a date</translation>
    </message>
    <message>
        <source>Rule: {rule} ({source}). Last kept day: {until}.</source>
        <translation>Rule: {rule} ({source}). Last kept day: {until}.</translation>
    </message>
    <message>
        <source>On legal hold: {reason}</source>
        <translation>On legal hold: {reason}</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Bookkeeping (7 years)</source>
        <translation>Bookkeeping (7 years)</translation>
    </message>
    <message>
        <source>Qualified invoice (7 years)</source>
        <translation>Qualified invoice (7 years)</translation>
    </message>
    <message>
        <source>Contract or quote (5 years)</source>
        <translation>Contract or quote (5 years)</translation>
    </message>
    <message>
        <source>Personal data (contract end + 30 days)</source>
        <translation>Personal data (contract end + 30 days)</translation>
    </message>
    <message>
        <source>My Number (while needed)</source>
        <translation>My Number (while needed)</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fixed date</translation>
    </message>
    <message>
        <source>Client details and key</source>
        <translation>Client details and key</translation>
    </message>
    <message>
        <source>Books (帳簿): 7 years from 16 March after the year the record was made.</source>
        <translation>Books (帳簿): 7 years from 16 March after the year the record was made.</translation>
    </message>
    <message>
        <source>Qualified invoices (適格請求書): 7 years from 16 March after the year.</source>
        <translation>Qualified invoices (適格請求書): 7 years from 16 March after the year.</translation>
    </message>
    <message>
        <source>Contracts, quotes and other transaction documents: 5 years from 16 March after the year.</source>
        <translation>Contracts, quotes and other transaction documents: 5 years from 16 March after the year.</translation>
    </message>
    <message>
        <source>Personal data the client handed over: 30 days after the contract ends.</source>
        <translation>Personal data the client handed over: 30 days after the contract ends.</translation>
    </message>
    <message>
        <source>My Number (マイナンバー): only while needed, so it needs the contract end or a fixed date.</source>
        <translation>My Number (マイナンバー): only while needed, so it needs the contract end or a fixed date.</translation>
    </message>
    <message>
        <source>Kept until a date you choose.</source>
        <translation>Kept until a date you choose.</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Scheduled backups</source>
        <translation>Scheduled backups</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>How often to back up</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Vault&apos;s own folder</source>
        <translation>Vault&apos;s own folder</translation>
    </message>
    <message>
        <source>Back up into the vault&apos;s own backups folder</source>
        <translation>Back up into the vault&apos;s own backups folder</translation>
    </message>
    <message>
        <source>Backups to keep in the folder</source>
        <translation>Backups to keep in the folder</translation>
    </message>
    <message>
        <source>Runs while the vault is unlocked, and at unlock when one is due. Older backups in the folder beyond the number kept are deleted; every backup is still reached when a client is erased.</source>
        <translation>Runs while the vault is unlocked, and at unlock when one is due. Older backups in the folder beyond the number kept are deleted; every backup is still reached when a client is erased.</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>&amp;Back up:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>K&amp;eep the newest:</source>
        <translation>K&amp;eep the newest:</translation>
    </message>
    <message>
        <source>The vault&apos;s own backups folder</source>
        <translation>The vault&apos;s own backups folder</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search status</source>
        <translation>Search status</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Erase the selected records…</source>
        <translation>Erase the selected records…</translation>
    </message>
    <message>
        <source>For a person&apos;s request to erase their data: select their records in every client (Ctrl+click), then erase them with one certificate.</source>
        <translation>For a person&apos;s request to erase their data: select their records in every client (Ctrl+click), then erase them with one certificate.</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Matches: {count}</translation>
    </message>
    <message>
        <source>(still indexing: more may appear)</source>
        <translation>(still indexing: more may appear)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Client (details match)</source>
        <translation>Client (details match)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Show {label}</source>
        <translation>Show {label}</translation>
    </message>
    <message>
        <source>Copy {label}</source>
        <translation>Copy {label}</translation>
    </message>
    <message>
        <source>Copy {label}; the clipboard is cleared after a while.</source>
        <translation>Copy {label}; the clipboard is cleared after a while.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Special-care</source>
        <translation>Special-care</translation>
    </message>
    <message>
        <source>Ordinary business information.</source>
        <translation>Ordinary business information.</translation>
    </message>
    <message>
        <source>Information that identifies a living person (personal information).</source>
        <translation>Information that identifies a living person (personal information).</translation>
    </message>
    <message>
        <source>Health, medical, criminal record, creed or similar information (要配慮個人情報); it needs the person&apos;s consent to collect or share.</source>
        <translation>Health, medical, criminal record, creed or similar information (要配慮個人情報); it needs the person&apos;s consent to collect or share.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied values after seconds</source>
        <translation>Clear copied values after seconds</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Lock when the window is &amp;minimised</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>A new language applies after a restart.</translation>
    </message>
    <message>
        <source>How dates are shown</source>
        <translation>How dates are shown</translation>
    </message>
    <message>
        <source>Western years (2026/12/31)</source>
        <translation>Western years (2026/12/31)</translation>
    </message>
    <message>
        <source>Japanese era (R8.12.31)</source>
        <translation>Japanese era (R8.12.31)</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Lock after &amp;idle time:</translation>
    </message>
    <message>
        <source>Clear &amp;copied values after:</source>
        <translation>Clear &amp;copied values after:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes:</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>Hide this window from screenshots and screen &amp;sharing</source>
        <translation>Hide this window from screenshots and screen &amp;sharing</translation>
    </message>
    <message>
        <source>Allow screen capture for {minutes} minutes</source>
        <translation>Allow screen capture for {minutes} minutes</translation>
    </message>
    <message>
        <source>Allow screen capture for a while</source>
        <translation>Allow screen capture for a while</translation>
    </message>
    <message>
        <source>This desktop offers no way to hide a window from capture. Use focus mode (Ctrl+Shift+F) when sharing your screen.</source>
        <translation>This desktop offers no way to hide a window from capture. Use focus mode (Ctrl+Shift+F) when sharing your screen.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>The settings could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Lock (from any window, dialogs included)</source>
        <translation>Lock (from any window, dialogs included)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SpecialCareHint</name>
    <message>
        <source>Mark as special-care</source>
        <translation>Mark as special-care</translation>
    </message>
    <message>
        <source>This looks like special-care information (“{term}”): health, disability, criminal records and the like. Marked special-care, the record is left out of redacted bundles, and an encrypted bundle warns before it goes out.</source>
        <translation>This looks like special-care information (“{term}”): health, disability, criminal records and the like. Marked special-care, the record is left out of redacted bundles, and an encrypted bundle warns before it goes out.</translation>
    </message>
</context>
<context>
    <name>SuspectsBox</name>
    <message>
        <source>a person&apos;s name (dictionary)</source>
        <translation>a person&apos;s name (dictionary)</translation>
    </message>
    <message>
        <source>a person&apos;s name (context)</source>
        <translation>a person&apos;s name (context)</translation>
    </message>
    <message>
        <source>a special-care term</source>
        <translation>a special-care term</translation>
    </message>
    <message>
        <source>a value the vault holds ({kind})</source>
        <translation>a value the vault holds ({kind})</translation>
    </message>
    <message>
        <source>looks like: {kind}</source>
        <translation>looks like: {kind}</translation>
    </message>
    <message>
        <source>Leak gate: spans to decide</source>
        <translation>Leak gate: spans to decide</translation>
    </message>
    <message>
        <source>Suspect spans (tick to keep)</source>
        <translation>Suspect spans (tick to keep)</translation>
    </message>
    <message>
        <source>&amp;Redact selected</source>
        <translation>&amp;Redact selected</translation>
    </message>
    <message>
        <source>Redact the selected suspect span</source>
        <translation>Redact the selected suspect span</translation>
    </message>
    <message>
        <source>The leak gate doubts {count} span(s) of the redacted text. Tick each one that is harmless to keep it (it is named in the bundle&apos;s report), or redact it. Undecided: {undecided}.</source>
        <translation>The leak gate doubts {count} span(s) of the redacted text. Tick each one that is harmless to keep it (it is named in the bundle&apos;s report), or redact it. Undecided: {undecided}.</translation>
    </message>
    <message>
        <source>The leak gate doubts this span</source>
        <translation>The leak gate doubts this span</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Erase what is due</source>
        <translation>Erase what is due</translation>
    </message>
    <message>
        <source>These items are past their last kept day. Erasing writes one deletion certificate per client. Items on legal hold are kept.</source>
        <translation>These items are past their last kept day. Erasing writes one deletion certificate per client. Items on legal hold are kept.</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Loading status</translation>
    </message>
    <message>
        <source>Items to erase</source>
        <translation>Items to erase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Erase now…</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Erase now</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Clients erased</source>
        <translation>Clients erased</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop after the current client</source>
        <translation>Stop after the current client</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Deletion certificates</source>
        <translation>Deletion certificates</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Open the certificate&apos;s folder</source>
        <translation>Open the certificate&apos;s folder</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Erase without asking, when the vault is unlocked</source>
        <translation>Erase without asking, when the vault is unlocked</translation>
    </message>
    <message>
        <source>Whole clients (after their contract ended)</source>
        <translation>Whole clients (after their contract ended)</translation>
    </message>
    <message>
        <source>Erase without asking: {rule}</source>
        <translation>Erase without asking: {rule}</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>Looking for what is due…</translation>
    </message>
    <message>
        <source>Nothing is past its last kept day.</source>
        <translation>Nothing is past its last kept day.</translation>
    </message>
    <message>
        <source>Records: {records} · Clients: {clients} · Erased whole, with their key: {whole} · On legal hold (kept): {held}</source>
        <translation>Records: {records} · Clients: {clients} · Erased whole, with their key: {whole} · On legal hold (kept): {held}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Something went wrong ({kind}).</translation>
    </message>
    <message>
        <source>Erase {records} records of {clients} clients now ({whole} of them whole, with their key)? One deletion certificate is written per client. This cannot be undone. Items on legal hold are kept: {held}.</source>
        <translation>Erase {records} records of {clients} clients now ({whole} of them whole, with their key)? One deletion certificate is written per client. This cannot be undone. Items on legal hold are kept: {held}.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erased {done} of {total} clients…</source>
        <translation>Erased {done} of {total} clients…</translation>
    </message>
    <message>
        <source>Stopping after the current client…</source>
        <translation>Stopping after the current client…</translation>
    </message>
    <message>
        <source>Stopped: {done} of {total} clients erased. The rest is listed again.</source>
        <translation>Stopped: {done} of {total} clients erased. The rest is listed again.</translation>
    </message>
    <message>
        <source>Erased: {done} clients. Their deletion certificates:</source>
        <translation>Erased: {done} clients. Their deletion certificates:</translation>
    </message>
    <message>
        <source>The sweep stopped: {problem} Clients erased before it stopped have their certificates; the list is loaded again.</source>
        <translation>The sweep stopped: {problem} Clients erased before it stopped have their certificates; the list is loaded again.</translation>
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
        <translation>On legal hold: kept</translation>
    </message>
    <message>
        <source>Client erased whole, with its key</source>
        <translation>Client erased whole, with its key</translation>
    </message>
    <message>
        <source>Erased with the client</source>
        <translation>Erased with the client</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>{client} (client details and key)</source>
        <translation>{client} (client details and key)</translation>
    </message>
    <message>
        <source>On legal hold, so it is not erased: {reason}</source>
        <translation>On legal hold, so it is not erased: {reason}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Last kept day</source>
        <translation>Last kept day</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>TermsBox</name>
    <message>
        <source>Also redact these terms</source>
        <translation>Also redact these terms</translation>
    </message>
    <message>
        <source>Term to redact</source>
        <translation>Term to redact</translation>
    </message>
    <message>
        <source>A project name, a place, a nickname…</source>
        <translation>A project name, a place, a nickname…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add the term</source>
        <translation>Add the term</translation>
    </message>
    <message>
        <source>Terms to redact</source>
        <translation>Terms to redact</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <source>Remove the selected term</source>
        <translation>Remove the selected term</translation>
    </message>
    <message>
        <source>Problem with the term</source>
        <translation>Problem with the term</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Items due per month</source>
        <translation>Items due per month</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{label}: 1 item</source>
        <translation>{label}: 1 item</translation>
    </message>
    <message>
        <source>{label}: {count} items</source>
        <translation>{label}: {count} items</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>ClientVault is locked</source>
        <translation>ClientVault is locked</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Vault folder: {folder}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Use a recovery &amp;key instead</source>
        <translation>Use a recovery &amp;key instead</translation>
    </message>
    <message>
        <source>Use a recovery key instead</source>
        <translation>Use a recovery key instead</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>This vault is inside a {service} folder. Sync apps can corrupt an open vault; move it to a folder that is not synced and keep only backups there.</source>
        <translation>This vault is inside a {service} folder. Sync apps can corrupt an open vault; move it to a folder that is not synced and keep only backups there.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>A recovery key has only digits, spaces and hyphens.</source>
        <translation>A recovery key has only digits, spaces and hyphens.</translation>
    </message>
    <message>
        <source>There is a typo: the last group does not match the others. Check each group against your recovery sheet.</source>
        <translation>There is a typo: the last group does not match the others. Check each group against your recovery sheet.</translation>
    </message>
    <message>
        <source>{count} of {total} digits.</source>
        <translation>{count} of {total} digits.</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Opened with the recovery key</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery key. If you have forgotten your password, choose a new one now with Change password. The recovery key stays the same.</source>
        <translation>You opened the vault with the recovery key. If you have forgotten your password, choose a new one now with Change password. The recovery key stays the same.</translation>
    </message>
    <message>
        <source>This recovery key does not open this vault. It may belong to another vault, or to this vault before its key was replaced.</source>
        <translation>This recovery key does not open this vault. It may belong to another vault, or to this vault before its key was replaced.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and that Japanese input (IME) is off, then try again.</source>
        <translation>Wrong password. Check Caps Lock and that Japanese input (IME) is off, then try again.</translation>
    </message>
    <message>
        <source>The vault folder could not be read: {reason}</source>
        <translation>The vault folder could not be read: {reason}</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>The vault could not be opened ({kind}).</translation>
    </message>
    <message>
        <source>This vault also needs a secret stored on the computer where it was set up, and this computer&apos;s keyring does not have it. Unlock with your recovery key instead.</source>
        <translation>This vault also needs a secret stored on the computer where it was set up, and this computer&apos;s keyring does not have it. Unlock with your recovery key instead.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of ClientVault. Update ClientVault to open it.</source>
        <translation>This vault was made by a newer version of ClientVault. Update ClientVault to open it.</translation>
    </message>
    <message>
        <source>The vault file is damaged or was altered, so it cannot be opened. Your password was not the problem. Restore the vault folder from a backup.</source>
        <translation>The vault file is damaged or was altered, so it cannot be opened. Your password was not the problem. Restore the vault folder from a backup.</translation>
    </message>
    <message>
        <source>This vault is already open in another ClientVault window or command. Close it there first, then try again.</source>
        <translation>This vault is already open in another ClientVault window or command. Close it there first, then try again.</translation>
    </message>
</context>
<context>
    <name>VaultFieldNames</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>contract start</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>contract end</translation>
    </message>
    <message>
        <source>retention date</source>
        <translation>retention date</translation>
    </message>
    <message>
        <source>furigana</source>
        <translation>furigana</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>field name</translation>
    </message>
    <message>
        <source>hold reason</source>
        <translation>hold reason</translation>
    </message>
</context>
<context>
    <name>VaultMenus</name>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>New &amp;vault…</source>
        <translation>New &amp;vault…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Open the &amp;demo vault</translation>
    </message>
    <message>
        <source>&amp;About ClientVault</source>
        <translation>&amp;About ClientVault</translation>
    </message>
    <message>
        <source>No other recent vaults</source>
        <translation>No other recent vaults</translation>
    </message>
    <message>
        <source>Open the folder of a vault</source>
        <translation>Open the folder of a vault</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation>There is no vault in {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>Choose a folder for the new vault</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</source>
        <translation>{folder} already holds a vault. Open it with Vault &gt; Open vault…, or choose another folder.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Something went wrong ({kind}).</translation>
    </message>
    <message>
        <source>The source file was overwritten once and deleted. On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups or synced copies keep theirs: full-disk encryption is what protects those.</source>
        <translation>The source file was overwritten once and deleted. On SSDs and copy-on-write file systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, and backups or synced copies keep theirs: full-disk encryption is what protects those.</translation>
    </message>
    <message>
        <source>The vault&apos;s disk is full, so this export is not in the access log yet: it was noted in a small sealed file in the vault folder and will be added to the log at the next unlock with room.</source>
        <translation>The vault&apos;s disk is full, so this export is not in the access log yet: it was noted in a small sealed file in the vault folder and will be added to the log at the next unlock with room.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written (its disk is full or it is read-only), so this export could not be recorded anywhere: it is not in the access log and will not be added later.</source>
        <translation>The vault folder cannot be written (its disk is full or it is read-only), so this export could not be recorded anywhere: it is not in the access log and will not be added later.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written, so this passphrase was not kept and cannot be told again later: note it now.</source>
        <translation>The vault folder cannot be written, so this passphrase was not kept and cannot be told again later: note it now.</translation>
    </message>
    <message>
        <source>This system has no backup exclusion that every backup tool honours: leave the vault folder out of your backup tool yourself, and use ClientVault&apos;s own backups, which erasures reach.</source>
        <translation>This system has no backup exclusion that every backup tool honours: leave the vault folder out of your backup tool yourself, and use ClientVault&apos;s own backups, which erasures reach.</translation>
    </message>
    <message>
        <source>Time Machine refused to exclude the vault folder: exclude it in its settings, and use ClientVault&apos;s own backups, which erasures reach.</source>
        <translation>Time Machine refused to exclude the vault folder: exclude it in its settings, and use ClientVault&apos;s own backups, which erasures reach.</translation>
    </message>
    <message>
        <source>The vault folder is excluded from Time Machine; ClientVault&apos;s own backups are the supported way.</source>
        <translation>The vault folder is excluded from Time Machine; ClientVault&apos;s own backups are the supported way.</translation>
    </message>
    <message>
        <source>Cancelled; no notice was written.</source>
        <translation>Cancelled; no notice was written.</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --pdf.</source>
        <translation>Choose one of --json, --csv and --pdf.</translation>
    </message>
    <message>
        <source>A signed log is one client&apos;s: give --client and --out.</source>
        <translation>A signed log is one client&apos;s: give --client and --out.</translation>
    </message>
    <message>
        <source>--out writes the signed log; add --signed.</source>
        <translation>--out writes the signed log; add --signed.</translation>
    </message>
    <message>
        <source>Offboarding erases the client for good; add --yes to go ahead.</source>
        <translation>Offboarding erases the client for good; add --yes to go ahead.</translation>
    </message>
    <message>
        <source>The output path exists and is not a folder; nothing was written.</source>
        <translation>The output path exists and is not a folder; nothing was written.</translation>
    </message>
    <message>
        <source>The output folder is not empty; nothing was written.</source>
        <translation>The output folder is not empty; nothing was written.</translation>
    </message>
    <message>
        <source>The folder for the output does not exist.</source>
        <translation>The folder for the output does not exist.</translation>
    </message>
    <message>
        <source>Audit entry {seq} does not exist.</source>
        <translation>Audit entry {seq} does not exist.</translation>
    </message>
    <message>
        <source>Answer yes, no or unknown.</source>
        <translation>Answer yes, no or unknown.</translation>
    </message>
    <message>
        <source>Unknown incident kind; use one of: {kinds}.</source>
        <translation>Unknown incident kind; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Give a role as CLIENT_ID=operator or CLIENT_ID=contractor.</source>
        <translation>Give a role as CLIENT_ID=operator or CLIENT_ID=contractor.</translation>
    </message>
    <message>
        <source>The discovery time is not a date and time (use YYYY-MM-DD HH:MM).</source>
        <translation>The discovery time is not a date and time (use YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>The discovery time is in the future.</source>
        <translation>The discovery time is in the future.</translation>
    </message>
    <message>
        <source>A misdelivery names the bundle that went astray: give --export-id.</source>
        <translation>A misdelivery names the bundle that went astray: give --export-id.</translation>
    </message>
    <message>
        <source>There is no incident with id {id}.</source>
        <translation>There is no incident with id {id}.</translation>
    </message>
    <message>
        <source>The status is open or closed.</source>
        <translation>The status is open or closed.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not an encrypted bundle export (see &apos;clientvault audit show&apos;).</source>
        <translation>Audit entry {seq} is not an encrypted bundle export (see &apos;clientvault audit show&apos;).</translation>
    </message>
    <message>
        <source>That export is of another client than the one given.</source>
        <translation>That export is of another client than the one given.</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>There is no client with id {id}.</translation>
    </message>
    <message>
        <source>Client {id} is not concerned by this incident.</source>
        <translation>Client {id} is not concerned by this incident.</translation>
    </message>
    <message>
        <source>Unknown incident field {field}.</source>
        <translation>Unknown incident field {field}.</translation>
    </message>
    <message>
        <source>The audit log has no entry for client {id}.</source>
        <translation>The audit log has no entry for client {id}.</translation>
    </message>
    <message>
        <source>Some of this client&apos;s data is on legal hold; release it first.</source>
        <translation>Some of this client&apos;s data is on legal hold; release it first.</translation>
    </message>
    <message>
        <source>The returned file changed after it was written; nothing was erased.</source>
        <translation>The returned file changed after it was written; nothing was erased.</translation>
    </message>
    <message>
        <source>Choose the contact person the data goes back to (--contact).</source>
        <translation>Choose the contact person the data goes back to (--contact).</translation>
    </message>
    <message>
        <source>Furigana can hold only kana (hiragana or katakana), spaces and ー.</source>
        <translation>Furigana can hold only kana (hiragana or katakana), spaces and ー.</translation>
    </message>
    <message>
        <source>Unknown draft form.</source>
        <translation>Unknown draft form.</translation>
    </message>
    <message>
        <source>The rollback pin in the OS keyring is not one ClientVault wrote; nothing was changed.</source>
        <translation>The rollback pin in the OS keyring is not one ClientVault wrote; nothing was changed.</translation>
    </message>
    <message>
        <source>vault.db and vault.header are older than this device&apos;s pin in the OS keyring (audit entry {seq}): an older copy of the vault was put back (a rollback). Nothing was changed; put the current vault back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</source>
        <translation>vault.db and vault.header are older than this device&apos;s pin in the OS keyring (audit entry {seq}): an older copy of the vault was put back (a rollback). Nothing was changed; put the current vault back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</translation>
    </message>
    <message>
        <source>A cleanup names a client folder that is not a client id.</source>
        <translation>A cleanup names a client folder that is not a client id.</translation>
    </message>
    <message>
        <source>A cleanup names a file that is not an attachment id.</source>
        <translation>A cleanup names a file that is not an attachment id.</translation>
    </message>
    <message>
        <source>A cleanup names a path outside the vault&apos;s blobs folder.</source>
        <translation>A cleanup names a path outside the vault&apos;s blobs folder.</translation>
    </message>
    <message>
        <source>An erasure&apos;s cleanup list was not written by this vault; it was not acted on.</source>
        <translation>An erasure&apos;s cleanup list was not written by this vault; it was not acted on.</translation>
    </message>
    <message>
        <source>KDF settings above {memory} MiB, {passes} passes or {work} MiB-passes in all are not supported.</source>
        <translation>KDF settings above {memory} MiB, {passes} passes or {work} MiB-passes in all are not supported.</translation>
    </message>
    <message>
        <source>That is not the new recovery key; it is still waiting.</source>
        <translation>That is not the new recovery key; it is still waiting.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({free} KiB free; ClientVault needs at least {needed} KiB to write), so nothing can be changed; reading still works. Free some space to change anything.</source>
        <translation>The disk holding {folder} is full ({free} KiB free; ClientVault needs at least {needed} KiB to write), so nothing can be changed; reading still works. Free some space to change anything.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: the change needed more room than was free, and it was rolled back. Free some space and try again.</source>
        <translation>The disk holding {folder} is full: the change needed more room than was free, and it was rolled back. Free some space and try again.</translation>
    </message>
    <message>
        <source>The vault folder {folder} is read-only, so nothing can be changed; reading still works. Make the folder writable to change anything.</source>
        <translation>The vault folder {folder} is read-only, so nothing can be changed; reading still works. Make the folder writable to change anything.</translation>
    </message>
    <message>
        <source>The vault header asks for more key-derivation work than ClientVault ever writes; it was not attempted.</source>
        <translation>The vault header asks for more key-derivation work than ClientVault ever writes; it was not attempted.</translation>
    </message>
    <message>
        <source>The vault was opened read-only because its disk was full or its folder read-only; lock and unlock it again to change anything.</source>
        <translation>The vault was opened read-only because its disk was full or its folder read-only; lock and unlock it again to change anything.</translation>
    </message>
    <message>
        <source>There is no new recovery key waiting to be confirmed.</source>
        <translation>There is no new recovery key waiting to be confirmed.</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check on opening: it was altered, truncated or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db failed its integrity check on opening: it was altered, truncated or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</translation>
    </message>
    <message>
        <source>vault.db holds no vault data, though vault.header says this vault was made: it was replaced or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db holds no vault data, though vault.header says this vault was made: it was replaced or damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</translation>
    </message>
    <message>
        <source>vault.db in the vault folder is not a file.</source>
        <translation>vault.db in the vault folder is not a file.</translation>
    </message>
    <message>
        <source>vault.db is empty (0 bytes), though vault.header says this vault was made: it was damaged or replaced. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db is empty (0 bytes), though vault.header says this vault was made: it was damaged or replaced. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</translation>
    </message>
    <message>
        <source>vault.db is missing from the vault folder. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db is missing from the vault folder. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</translation>
    </message>
    <message>
        <source>vault.db is truncated ({size} bytes, not whole pages): it was damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</source>
        <translation>vault.db is truncated ({size} bytes, not whole pages): it was damaged. Nothing was changed; to restore, copy one of the vault&apos;s backups to a new folder and open that folder with the password the backup was made under.</translation>
    </message>
    <message>
        <source>A name or title cannot contain control characters (such as ESC, CR or a right-to-left override).</source>
        <translation>A name or title cannot contain control characters (such as ESC, CR or a right-to-left override).</translation>
    </message>
    <message>
        <source>Argument {number} is not valid UTF-8 text.</source>
        <translation>Argument {number} is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>That age public key is a low-order key that nobody can decrypt for; ask the client for the public key their age program shows.</source>
        <translation>That age public key is a low-order key that nobody can decrypt for; ask the client for the public key their age program shows.</translation>
    </message>
    <message>
        <source>The fields line is not JSON; write it like {example}.</source>
        <translation>The fields line is not JSON; write it like {example}.</translation>
    </message>
    <message>
        <source>The fields line must be a JSON object of texts, like {example}.</source>
        <translation>The fields line must be a JSON object of texts, like {example}.</translation>
    </message>
    <message>
        <source>The path given for {option} holds a NUL character.</source>
        <translation>The path given for {option} holds a NUL character.</translation>
    </message>
    <message>
        <source>The {what} on standard input is not valid UTF-8 text.</source>
        <translation>The {what} on standard input is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>vault.db is older than the erasure certificates in the vault folder ({count} erasures it does not know): an older copy was put back (a rollback). Nothing was changed; put the current vault.db back.</source>
        <translation>vault.db is older than the erasure certificates in the vault folder ({count} erasures it does not know): an older copy was put back (a rollback). Nothing was changed; put the current vault.db back.</translation>
    </message>
    <message>
        <source>vault.db is older than vault.header (it lacks audit entry {seq}): an older copy was put back (a rollback) or its newest entries were removed. Nothing was changed; put the current vault.db back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</source>
        <translation>vault.db is older than vault.header (it lacks audit entry {seq}): an older copy was put back (a rollback) or its newest entries were removed. Nothing was changed; put the current vault.db back. To go back on purpose, use &apos;clientvault backup restore&apos;, which keeps erasures erased.</translation>
    </message>
    <message>
        <source>vault.header is damaged: it is far larger than any header.</source>
        <translation>vault.header is damaged: it is far larger than any header.</translation>
    </message>
    <message>
        <source>vault.header is not a regular file (a link or a device).</source>
        <translation>vault.header is not a regular file (a link or a device).</translation>
    </message>
    <message>
        <source>A generated password is {low} to {high} characters long.</source>
        <translation>A generated password is {low} to {high} characters long.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character for the password.</source>
        <translation>Choose at least one kind of character for the password.</translation>
    </message>
    <message>
        <source>vault.db asks for its records to be converted from the old format again, which only a change to the database itself can do: it was altered.</source>
        <translation>vault.db asks for its records to be converted from the old format again, which only a change to the database itself can do: it was altered.</translation>
    </message>
    <message>
        <source>The re-key was cancelled; nothing was changed.</source>
        <translation>The re-key was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>A stored value failed its integrity check while the vault was re-keyed; nothing was changed.</source>
        <translation>A stored value failed its integrity check while the vault was re-keyed; nothing was changed.</translation>
    </message>
    <message>
        <source>Choose the contact person with --contact (the id of one of this client&apos;s contact records).</source>
        <translation>Choose the contact person with --contact (the id of one of this client&apos;s contact records).</translation>
    </message>
    <message>
        <source>Give either --recipient or --passphrase, not both.</source>
        <translation>Give either --recipient or --passphrase, not both.</translation>
    </message>
    <message>
        <source>An encrypted PDF opens with a passphrase; leave out --recipient.</source>
        <translation>An encrypted PDF opens with a passphrase; leave out --recipient.</translation>
    </message>
    <message>
        <source>Operators are given as TYPE=OPERATOR, for example email=mask.</source>
        <translation>Operators are given as TYPE=OPERATOR, for example email=mask.</translation>
    </message>
    <message>
        <source>--delete-source deletes the file after a real import; drop --dry-run.</source>
        <translation>--delete-source deletes the file after a real import; drop --dry-run.</translation>
    </message>
    <message>
        <source>The source file could not be deleted ({reason}).</source>
        <translation>The source file could not be deleted ({reason}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The file changed since its columns were chosen; choose them again.</source>
        <translation>The file changed since its columns were chosen; choose them again.</translation>
    </message>
    <message>
        <source>The source file is already gone.</source>
        <translation>The source file is already gone.</translation>
    </message>
    <message>
        <source>The source file is not a regular file; it was not deleted.</source>
        <translation>The source file is not a regular file; it was not deleted.</translation>
    </message>
    <message>
        <source>The client name is empty.</source>
        <translation>The client name is empty.</translation>
    </message>
    <message>
        <source>The source file is a symbolic link; delete the file it points to yourself.</source>
        <translation>The source file is a symbolic link; delete the file it points to yourself.</translation>
    </message>
    <message>
        <source>The column map gives {role} neither a header, a column number nor a list of them.</source>
        <translation>The column map gives {role} neither a header, a column number nor a list of them.</translation>
    </message>
    <message>
        <source>The column map names a header for {role} that the file does not have.</source>
        <translation>The column map names a header for {role} that the file does not have.</translation>
    </message>
    <message>
        <source>The column map names a header for {role} that the file has more than once; give its column number instead.</source>
        <translation>The column map names a header for {role} that the file has more than once; give its column number instead.</translation>
    </message>
    <message>
        <source>The column map gives {role} column {number}, but the file has {count} columns (numbers count from 1).</source>
        <translation>The column map gives {role} column {number}, but the file has {count} columns (numbers count from 1).</translation>
    </message>
    <message>
        <source>The column map has an unknown role; use: {roles}.</source>
        <translation>The column map has an unknown role; use: {roles}.</translation>
    </message>
    <message>
        <source>Row {row} is neither UTF-8 nor Shift_JIS text; save the file as CSV UTF-8 and import that.</source>
        <translation>Row {row} is neither UTF-8 nor Shift_JIS text; save the file as CSV UTF-8 and import that.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} holds more than {limit:,} characters; that is not a client list.</source>
        <translation>Row {row}, column {column} holds more than {limit:,} characters; that is not a client list.</translation>
    </message>
    <message>
        <source>Row {row} is longer than {limit:,} bytes; that is not a client list.</source>
        <translation>Row {row} is longer than {limit:,} bytes; that is not a client list.</translation>
    </message>
    <message>
        <source>The workbook has no sheet by that name ({count} sheets).</source>
        <translation>The workbook has no sheet by that name ({count} sheets).</translation>
    </message>
    <message>
        <source>The file has no header row: it is empty.</source>
        <translation>The file has no header row: it is empty.</translation>
    </message>
    <message>
        <source>Row {row} holds a cell of more than {limit:,} characters; that is not a client list.</source>
        <translation>Row {row} holds a cell of more than {limit:,} characters; that is not a client list.</translation>
    </message>
    <message>
        <source>The file has more than {limit:,} rows; split it into smaller files and import them one by one.</source>
        <translation>The file has more than {limit:,} rows; split it into smaller files and import them one by one.</translation>
    </message>
    <message>
        <source>The sheet has no header row: it is empty.</source>
        <translation>The sheet has no header row: it is empty.</translation>
    </message>
    <message>
        <source>The workbook holds more than {limit:,} parts.</source>
        <translation>The workbook holds more than {limit:,} parts.</translation>
    </message>
    <message>
        <source>The workbook holds a part named outside itself (path traversal); it was not opened.</source>
        <translation>The workbook holds a part named outside itself (path traversal); it was not opened.</translation>
    </message>
    <message>
        <source>The workbook contains macros; save it as .xlsx (without macros) and import that.</source>
        <translation>The workbook contains macros; save it as .xlsx (without macros) and import that.</translation>
    </message>
    <message>
        <source>The workbook links to other workbooks; copy the values into it (Paste Values), remove the links, and import that.</source>
        <translation>The workbook links to other workbooks; copy the values into it (Paste Values), remove the links, and import that.</translation>
    </message>
    <message>
        <source>This is an old .xls workbook or a password-protected one; save it as .xlsx without a password (or as CSV UTF-8) and import that.</source>
        <translation>This is an old .xls workbook or a password-protected one; save it as .xlsx without a password (or as CSV UTF-8) and import that.</translation>
    </message>
    <message>
        <source>A sheet can only be chosen in an Excel workbook; this is a CSV file.</source>
        <translation>A sheet can only be chosen in an Excel workbook; this is a CSV file.</translation>
    </message>
    <message>
        <source>The file to import is a folder.</source>
        <translation>The file to import is a folder.</translation>
    </message>
    <message>
        <source>The file to import is not a regular file.</source>
        <translation>The file to import is not a regular file.</translation>
    </message>
    <message>
        <source>The file to import does not exist.</source>
        <translation>The file to import does not exist.</translation>
    </message>
    <message>
        <source>The file to import cannot be read ({reason}).</source>
        <translation>The file to import cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Row {row} contains a NUL byte; this is not a text CSV file.</source>
        <translation>Row {row} contains a NUL byte; this is not a text CSV file.</translation>
    </message>
    <message>
        <source>This CSV is UTF-16 text; save it as CSV UTF-8 and import that.</source>
        <translation>This CSV is UTF-16 text; save it as CSV UTF-8 and import that.</translation>
    </message>
    <message>
        <source>Row {row} has more than {limit} columns; that is not a client list.</source>
        <translation>Row {row} has more than {limit} columns; that is not a client list.</translation>
    </message>
    <message>
        <source>The workbook is damaged or not an Excel file; nothing was read.</source>
        <translation>The workbook is damaged or not an Excel file; nothing was read.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
        <source>The workbook holds two parts with the same name; it was not opened.</source>
        <translation>The workbook holds two parts with the same name; it was not opened.</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more than it holds (a zip bomb); it was not opened.</source>
        <translation>The workbook would unpack to far more than it holds (a zip bomb); it was not opened.</translation>
    </message>
    <message>
        <source>Row {row} is not valid {encoding} text like the rows before it; the file mixes encodings or is damaged.</source>
        <translation>Row {row} is not valid {encoding} text like the rows before it; the file mixes encodings or is damaged.</translation>
    </message>
    <message>
        <source>The sheet is damaged near row {row}; nothing was imported.</source>
        <translation>The sheet is damaged near row {row}; nothing was imported.</translation>
    </message>
    <message>
        <source>Row {row} is not well-formed CSV (a stray quote or an unclosed one).</source>
        <translation>Row {row} is not well-formed CSV (a stray quote or an unclosed one).</translation>
    </message>
    <message>
        <source>A term to redact needs at least two characters.</source>
        <translation>A term to redact needs at least two characters.</translation>
    </message>
    <message>
        <source>The review page was not written: its name holds personal data ({kind}); choose another name.</source>
        <translation>The review page was not written: its name holds personal data ({kind}); choose another name.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the export.</source>
        <translation>{path} already exists; choose a new name for the export.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The export was refused: its name holds personal data ({kind}); choose another name.</source>
        <translation>The export was refused: its name holds personal data ({kind}); choose another name.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is part of the wording of every bundle and cannot be redacted.</source>
        <translation>&apos;{term}&apos; is part of the wording of every bundle and cannot be redacted.</translation>
    </message>
    <message>
        <source>The export was refused: personal data ({kind}) was found in {file}; nothing was written.</source>
        <translation>The export was refused: personal data ({kind}) was found in {file}; nothing was written.</translation>
    </message>
    <message>
        <source>Could not write the export to {path}: {reason}.</source>
        <translation>Could not write the export to {path}: {reason}.</translation>
    </message>
    <message>
        <source>No record {record} among this client&apos;s records.</source>
        <translation>No record {record} among this client&apos;s records.</translation>
    </message>
    <message>
        <source>The export was refused: {file} could not be checked; nothing was written.</source>
        <translation>The export was refused: {file} could not be checked; nothing was written.</translation>
    </message>
    <message>
        <source>The export was refused: {count} suspect spans ({reason}) in {file} were neither redacted nor kept; nothing was written.</source>
        <translation>The export was refused: {count} suspect spans ({reason}) in {file} were neither redacted nor kept; nothing was written.</translation>
    </message>
    <message>
        <source>This record looks special-care (&apos;{term}&apos;); add --sensitivity special-care, or --sensitivity normal to keep it as it is.</source>
        <translation>This record looks special-care (&apos;{term}&apos;); add --sensitivity special-care, or --sensitivity normal to keep it as it is.</translation>
    </message>
    <message>
        <source>Unknown kind of personal data &apos;{kind}&apos;; use one of: {kinds}.</source>
        <translation>Unknown kind of personal data &apos;{kind}&apos;; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown operator &apos;{operator}&apos;; use one of: {operators}.</source>
        <translation>Unknown operator &apos;{operator}&apos;; use one of: {operators}.</translation>
    </message>
    <message>
        <source>Only dates and addresses can be generalised, not {kind}.</source>
        <translation>Only dates and addresses can be generalised, not {kind}.</translation>
    </message>
    <message>
        <source>Unknown bundle format; use age or pdf.</source>
        <translation>Unknown bundle format; use age or pdf.</translation>
    </message>
    <message>
        <source>The client&apos;s data or delivery setting changed after the preview; nothing was exported.</source>
        <translation>The client&apos;s data or delivery setting changed after the preview; nothing was exported.</translation>
    </message>
    <message>
        <source>This client has no delivery setting; choose the contact person and an age key or a passphrase first.</source>
        <translation>This client has no delivery setting; choose the contact person and an age key or a passphrase first.</translation>
    </message>
    <message>
        <source>The contact person this client&apos;s bundles go to was deleted; choose another.</source>
        <translation>The contact person this client&apos;s bundles go to was deleted; choose another.</translation>
    </message>
    <message>
        <source>An encrypted PDF opens with a passphrase, but this client&apos;s bundles go to an age key.</source>
        <translation>An encrypted PDF opens with a passphrase, but this client&apos;s bundles go to an age key.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was exported.</source>
        <translation>Cancelled; nothing was exported.</translation>
    </message>
    <message>
        <source>The bundle cannot be written ({reason}).</source>
        <translation>The bundle cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>That is an age secret key, which must stay with the client; ask for the public key (age1...).</source>
        <translation>That is an age secret key, which must stay with the client; ask for the public key (age1...).</translation>
    </message>
    <message>
        <source>That is not an age public key (age1... with a valid checksum).</source>
        <translation>That is not an age public key (age1... with a valid checksum).</translation>
    </message>
    <message>
        <source>No passphrase bundle was made for this client yet.</source>
        <translation>No passphrase bundle was made for this client yet.</translation>
    </message>
    <message>
        <source>The recipient must be one of this client&apos;s contact records.</source>
        <translation>The recipient must be one of this client&apos;s contact records.</translation>
    </message>
    <message>
        <source>The word list is missing or damaged; use digits.</source>
        <translation>The word list is missing or damaged; use digits.</translation>
    </message>
    <message>
        <source>Unknown passphrase style; use digits or words.</source>
        <translation>Unknown passphrase style; use digits or words.</translation>
    </message>
    <message>
        <source>Unknown report language; use ja or en.</source>
        <translation>Unknown report language; use ja or en.</translation>
    </message>
    <message>
        <source>The column map is not a JSON object; write it like {example}.</source>
        <translation>The column map is not a JSON object; write it like {example}.</translation>
    </message>
    <message>
        <source>No column was recognised as the client name; name it with --map, e.g. {example} or {number}.</source>
        <translation>No column was recognised as the client name; name it with --map, e.g. {example} or {number}.</translation>
    </message>
    <message>
        <source>The column map is not valid JSON; write it like {example}.</source>
        <translation>The column map is not valid JSON; write it like {example}.</translation>
    </message>
    <message>
        <source>A file name label is at most {max} characters; nothing was written.</source>
        <translation>A file name label is at most {max} characters; nothing was written.</translation>
    </message>
    <message>
        <source>--label names the file in the --out folder; give a folder as --out.</source>
        <translation>--label names the file in the --out folder; give a folder as --out.</translation>
    </message>
    <message>
        <source>A client&apos;s key failed its integrity check.</source>
        <translation>A client&apos;s key failed its integrity check.</translation>
    </message>
    <message>
        <source>No client with that id.</source>
        <translation>No client with that id.</translation>
    </message>
    <message>
        <source>A stored value ({table} {row}, {column}) failed its integrity check.</source>
        <translation>A stored value ({table} {row}, {column}) failed its integrity check.</translation>
    </message>
    <message>
        <source>{message} (see --help).</source>
        <translation>{message} (see --help).</translation>
    </message>
    <message>
        <source>{folder} already holds a vault.</source>
        <translation>{folder} already holds a vault.</translation>
    </message>
    <message>
        <source>A demo needs at least one client and a non-negative record count.</source>
        <translation>A demo needs at least one client and a non-negative record count.</translation>
    </message>
    <message>
        <source>Fields are given as KEY=VALUE (or KEY:TYPE=VALUE).</source>
        <translation>Fields are given as KEY=VALUE (or KEY:TYPE=VALUE).</translation>
    </message>
    <message>
        <source>Unknown field type &apos;{type}&apos;; use one of: {types}.</source>
        <translation>Unknown field type &apos;{type}&apos;; use one of: {types}.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem} ({more} more problems).</source>
        <translation>The audit log was tampered with: {problem} ({more} more problems).</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {problem}.</source>
        <translation>The audit log was tampered with: {problem}.</translation>
    </message>
    <message>
        <source>With --record give exactly one of --rule, --date, --hold or --release.</source>
        <translation>With --record give exactly one of --rule, --date, --hold or --release.</translation>
    </message>
    <message>
        <source>With --client give --contract-end or --contract-start, or --kind with --rule.</source>
        <translation>With --client give --contract-end or --contract-start, or --kind with --rule.</translation>
    </message>
    <message>
        <source>Expected the {what} as a line on standard input.</source>
        <translation>Expected the {what} as a line on standard input.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password on; use --password-stdin.</source>
        <translation>No terminal to ask for the password on; use --password-stdin.</translation>
    </message>
    <message>
        <source>No {what} was entered.</source>
        <translation>No {what} was entered.</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <source>SQLCipher refused secure_delete; refusing to store data.</source>
        <translation>SQLCipher refused secure_delete; refusing to store data.</translation>
    </message>
    <message>
        <source>The vault database is busy in another process.</source>
        <translation>The vault database is busy in another process.</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check (pages {pages}): it was altered or damaged.</source>
        <translation>vault.db failed its integrity check (pages {pages}): it was altered or damaged.</translation>
    </message>
    <message>
        <source>vault.db failed its integrity check: it was altered or damaged.</source>
        <translation>vault.db failed its integrity check: it was altered or damaged.</translation>
    </message>
    <message>
        <source>No secure OS keyring is available here, so &apos;also require this device&apos; cannot be turned on.</source>
        <translation>No secure OS keyring is available here, so &apos;also require this device&apos; cannot be turned on.</translation>
    </message>
    <message>
        <source>This vault also needs this device&apos;s secret, which the OS keyring does not have; unlock with the recovery key instead.</source>
        <translation>This vault also needs this device&apos;s secret, which the OS keyring does not have; unlock with the recovery key instead.</translation>
    </message>
    <message>
        <source>No draft with that id.</source>
        <translation>No draft with that id.</translation>
    </message>
    <message>
        <source>vault.header was rewritten by someone without the vault&apos;s key.</source>
        <translation>vault.header was rewritten by someone without the vault&apos;s key.</translation>
    </message>
    <message>
        <source>vault.header is damaged: it is not readable as a header.</source>
        <translation>vault.header is damaged: it is not readable as a header.</translation>
    </message>
    <message>
        <source>This vault was made by a newer ClientVault (format {version}); this version reads format {known} and older. Update ClientVault to open it.</source>
        <translation>This vault was made by a newer ClientVault (format {version}); this version reads format {known} and older. Update ClientVault to open it.</translation>
    </message>
    <message>
        <source>vault.header was altered or damaged: its checksum does not match.</source>
        <translation>vault.header was altered or damaged: its checksum does not match.</translation>
    </message>
    <message>
        <source>vault.header is damaged: a required field is missing.</source>
        <translation>vault.header is damaged: a required field is missing.</translation>
    </message>
    <message>
        <source>vault.header is missing from the vault folder.</source>
        <translation>vault.header is missing from the vault folder.</translation>
    </message>
    <message>
        <source>This vault is open in another ClientVault window or command; close it first.</source>
        <translation>This vault is open in another ClientVault window or command; close it first.</translation>
    </message>
    <message>
        <source>KDF settings below the minimum (memory {memory} MiB, time {time}) are not allowed.</source>
        <translation>KDF settings below the minimum (memory {memory} MiB, time {time}) are not allowed.</translation>
    </message>
    <message>
        <source>KDF parallelism must be between 1 and 16.</source>
        <translation>KDF parallelism must be between 1 and 16.</translation>
    </message>
    <message>
        <source>The vault header names an unknown key-derivation function.</source>
        <translation>The vault header names an unknown key-derivation function.</translation>
    </message>
    <message>
        <source>The vault header asks for weaker key derivation than ClientVault ever writes.</source>
        <translation>The vault header asks for weaker key derivation than ClientVault ever writes.</translation>
    </message>
    <message>
        <source>Unknown record kind; use one of: {kinds}.</source>
        <translation>Unknown record kind; use one of: {kinds}.</translation>
    </message>
    <message>
        <source>Unknown sensitivity; use one of: {levels}.</source>
        <translation>Unknown sensitivity; use one of: {levels}.</translation>
    </message>
    <message>
        <source>The {what} contains a NUL character.</source>
        <translation>The {what} contains a NUL character.</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit:,} characters.</source>
        <translation>The {what} is longer than {limit:,} characters.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <source>A field name is required.</source>
        <translation>A field name is required.</translation>
    </message>
    <message>
        <source>The {what} is not a real date (use YYYY-MM-DD).</source>
        <translation>The {what} is not a real date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a real date (use YYYY-MM-DD).</source>
        <translation>Field &apos;{field}&apos; is not a real date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a number.</source>
        <translation>Field &apos;{field}&apos; is not a number.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not an e-mail address.</source>
        <translation>Field &apos;{field}&apos; is not an e-mail address.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is not a phone number.</source>
        <translation>Field &apos;{field}&apos; is not a phone number.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <source>The password must be at least {count} characters long.</source>
        <translation>The password must be at least {count} characters long.</translation>
    </message>
    <message>
        <source>The password must be at most {count} characters long.</source>
        <translation>The password must be at most {count} characters long.</translation>
    </message>
    <message>
        <source>That password is on the list of commonly used passwords; choose another.</source>
        <translation>That password is on the list of commonly used passwords; choose another.</translation>
    </message>
    <message>
        <source>The password is mostly a repeated character or pattern.</source>
        <translation>The password is mostly a repeated character or pattern.</translation>
    </message>
    <message>
        <source>The password is mostly a sequence (abcd, 1234, qwerty).</source>
        <translation>The password is mostly a sequence (abcd, 1234, qwerty).</translation>
    </message>
    <message>
        <source>The password must not contain the app&apos;s name.</source>
        <translation>The password must not contain the app&apos;s name.</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <translation>Choose another password.</translation>
    </message>
    <message>
        <source>A recovery key is 48 digits in 8 groups of 6.</source>
        <translation>A recovery key is 48 digits in 8 groups of 6.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its last group does not match the others.</source>
        <translation>The recovery key has a typo: its last group does not match the others.</translation>
    </message>
    <message>
        <source>The {what} must be between the years {low} and {high}.</source>
        <translation>The {what} must be between the years {low} and {high}.</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and {high}.</source>
        <translation>The number of days must be between 0 and {high}.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>The contract cannot end before it starts.</translation>
    </message>
    <message>
        <source>The fixed rule takes a date; give the date instead.</source>
        <translation>The fixed rule takes a date; give the date instead.</translation>
    </message>
    <message>
        <source>Unknown retention rule; use one of: {rules}.</source>
        <translation>Unknown retention rule; use one of: {rules}.</translation>
    </message>
    <message>
        <source>A legal hold needs a reason.</source>
        <translation>A legal hold needs a reason.</translation>
    </message>
    <message>
        <source>That record is not on legal hold.</source>
        <translation>That record is not on legal hold.</translation>
    </message>
    <message>
        <source>This vault&apos;s database is version {version}; this ClientVault knows up to {known}. Update ClientVault to open it.</source>
        <translation>This vault&apos;s database is version {version}; this ClientVault knows up to {known}. Update ClientVault to open it.</translation>
    </message>
    <message>
        <source>There is no vault in {folder}; create one with &apos;clientvault init&apos;.</source>
        <translation>There is no vault in {folder}; create one with &apos;clientvault init&apos;.</translation>
    </message>
    <message>
        <source>Unlock with either the password or the recovery key.</source>
        <translation>Unlock with either the password or the recovery key.</translation>
    </message>
    <message>
        <source>The password is wrong for this vault.</source>
        <translation>The password is wrong for this vault.</translation>
    </message>
    <message>
        <source>The recovery key is wrong for this vault.</source>
        <translation>The recovery key is wrong for this vault.</translation>
    </message>
    <message>
        <source>vault.header has no {slot} slot.</source>
        <translation>vault.header has no {slot} slot.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>The audit log is broken; run &apos;clientvault audit verify&apos; first.</source>
        <translation>The audit log is broken; run &apos;clientvault audit verify&apos; first.</translation>
    </message>
    <message>
        <source>No record with that id.</source>
        <translation>No record with that id.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since it was opened; reopen it.</source>
        <translation>This record was changed elsewhere since it was opened; reopen it.</translation>
    </message>
    <message>
        <source>A file name is required.</source>
        <translation>A file name is required.</translation>
    </message>
    <message>
        <source>A file name cannot be &apos;.&apos; or &apos;..&apos;.</source>
        <translation>A file name cannot be &apos;.&apos; or &apos;..&apos;.</translation>
    </message>
    <message>
        <source>A file name cannot contain &apos;/&apos;, &apos;\&apos;, NUL or control characters.</source>
        <translation>A file name cannot contain &apos;/&apos;, &apos;\&apos;, NUL or control characters.</translation>
    </message>
    <message>
        <source>The file name is longer than 255 bytes; rename the file first.</source>
        <translation>The file name is longer than 255 bytes; rename the file first.</translation>
    </message>
    <message>
        <source>Something already exists at the output path; nothing was overwritten.</source>
        <translation>Something already exists at the output path; nothing was overwritten.</translation>
    </message>
    <message>
        <source>The folder for the output file does not exist.</source>
        <translation>The folder for the output file does not exist.</translation>
    </message>
    <message>
        <source>The file name is not valid text; rename the file first.</source>
        <translation>The file name is not valid text; rename the file first.</translation>
    </message>
    <message>
        <source>The file to attach is a folder; attach the files in it one by one.</source>
        <translation>The file to attach is a folder; attach the files in it one by one.</translation>
    </message>
    <message>
        <source>The file to attach is not a regular file.</source>
        <translation>The file to attach is not a regular file.</translation>
    </message>
    <message>
        <source>The file to attach does not exist.</source>
        <translation>The file to attach does not exist.</translation>
    </message>
    <message>
        <source>The file to attach cannot be read ({reason}).</source>
        <translation>The file to attach cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The output file cannot be written ({reason}).</source>
        <translation>The output file cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>No attachment with that id.</source>
        <translation>No attachment with that id.</translation>
    </message>
    <message>
        <source>That record belongs to another client.</source>
        <translation>That record belongs to another client.</translation>
    </message>
    <message>
        <source>The attachment&apos;s file is missing from the vault folder.</source>
        <translation>The attachment&apos;s file is missing from the vault folder.</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (the file&apos;s header is not an attachment header).</source>
        <translation>The attachment&apos;s contents failed their integrity check (the file&apos;s header is not an attachment header).</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (its chunks do not add up to the size the vault recorded).</source>
        <translation>The attachment&apos;s contents failed their integrity check (its chunks do not add up to the size the vault recorded).</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (there are bytes after its last chunk).</source>
        <translation>The attachment&apos;s contents failed their integrity check (there are bytes after its last chunk).</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (the file ends early: it was truncated).</source>
        <translation>The attachment&apos;s contents failed their integrity check (the file ends early: it was truncated).</translation>
    </message>
    <message>
        <source>The attachment&apos;s contents failed their integrity check (chunk {chunk} was altered, reordered or comes from another file).</source>
        <translation>The attachment&apos;s contents failed their integrity check (chunk {chunk} was altered, reordered or comes from another file).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached.</source>
        <translation>Cancelled; nothing was attached.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>This backup was made by a newer ClientVault (backup format {version}); update ClientVault to use it.</source>
        <translation>This backup was made by a newer ClientVault (backup format {version}); update ClientVault to use it.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>At least one backup must be kept.</translation>
    </message>
    <message>
        <source>Backups go in the vault&apos;s own backups folder or outside the vault folder, not in {folder}.</source>
        <translation>Backups go in the vault&apos;s own backups folder or outside the vault folder, not in {folder}.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <source>{path} is not a ClientVault backup.</source>
        <translation>{path} is not a ClientVault backup.</translation>
    </message>
    <message>
        <source>The backup&apos;s files do not belong together: its database is not the one it was made with.</source>
        <translation>The backup&apos;s files do not belong together: its database is not the one it was made with.</translation>
    </message>
    <message>
        <source>The backup&apos;s database failed its integrity check: it was altered or damaged.</source>
        <translation>The backup&apos;s database failed its integrity check: it was altered or damaged.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log was tampered with: {problem}.</source>
        <translation>The backup&apos;s audit log was tampered with: {problem}.</translation>
    </message>
    <message>
        <source>The backup is missing {count} attachment files.</source>
        <translation>The backup is missing {count} attachment files.</translation>
    </message>
    <message>
        <source>The backup&apos;s backup.json is damaged.</source>
        <translation>The backup&apos;s backup.json is damaged.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault; nothing was restored.</source>
        <translation>This backup belongs to another vault; nothing was restored.</translation>
    </message>
    <message>
        <source>Cancelled; no backup was written.</source>
        <translation>Cancelled; no backup was written.</translation>
    </message>
    <message>
        <source>Could not write the backup to {folder}: {reason}.</source>
        <translation>Could not write the backup to {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to erase (or --dry-run to only look).</source>
        <translation>Nothing was erased: add --yes to erase (or --dry-run to only look).</translation>
    </message>
    <message>
        <source>Give either --client or --record (one or more).</source>
        <translation>Give either --client or --record (one or more).</translation>
    </message>
    <message>
        <source>Automatic erasure can be set for {choices}.</source>
        <translation>Automatic erasure can be set for {choices}.</translation>
    </message>
    <message>
        <source>Some of this data is on legal hold; release the hold before erasing it.</source>
        <translation>Some of this data is on legal hold; release the hold before erasing it.</translation>
    </message>
    <message>
        <source>Name at least one record to erase.</source>
        <translation>Name at least one record to erase.</translation>
    </message>
    <message>
        <source>Records of different clients are erased one client at a time.</source>
        <translation>Records of different clients are erased one client at a time.</translation>
    </message>
    <message>
        <source>The reason must be rule, request or manual.</source>
        <translation>The reason must be rule, request or manual.</translation>
    </message>
    <message>
        <source>No font with Japanese characters was found; install one (for example Noto Sans CJK) or set CLIENTVAULT_PDF_FONT.</source>
        <translation>No font with Japanese characters was found; install one (for example Noto Sans CJK) or set CLIENTVAULT_PDF_FONT.</translation>
    </message>
    <message>
        <source>A signature comment must be a single line.</source>
        <translation>A signature comment must be a single line.</translation>
    </message>
    <message>
        <source>The signature file is not in minisign&apos;s format.</source>
        <translation>The signature file is not in minisign&apos;s format.</translation>
    </message>
    <message>
        <source>The file was signed by a different key.</source>
        <translation>The file was signed by a different key.</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed.</source>
        <translation>The signature does not match the file: it was changed.</translation>
    </message>
    <message>
        <source>A column map holds at most {limit} columns.</source>
        <translation>A column map holds at most {limit} columns.</translation>
    </message>
    <message>
        <source>A column header in the map is empty.</source>
        <translation>A column header in the map is empty.</translation>
    </message>
    <message>
        <source>Unknown column role; use one of: {roles}.</source>
        <translation>Unknown column role; use one of: {roles}.</translation>
    </message>
    <message>
        <source>Only CSV and Excel attachments can have a column map.</source>
        <translation>Only CSV and Excel attachments can have a column map.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome to ClientVault</source>
        <translation>Welcome to ClientVault</translation>
    </message>
    <message>
        <source>Keep each client&apos;s records encrypted and apart, share them only in encrypted form, and erase them when their time comes. Everything stays on this computer.</source>
        <translation>Keep each client&apos;s records encrypted and apart, share them only in encrypted form, and erase them when their time comes. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Create a new vault…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>&amp;Open a vault in another folder…</source>
        <translation>&amp;Open a vault in another folder…</translation>
    </message>
    <message>
        <source>Open a vault in another folder</source>
        <translation>Open a vault in another folder</translation>
    </message>
    <message>
        <source>Look around in a &amp;demo vault</source>
        <translation>Look around in a &amp;demo vault</translation>
    </message>
    <message>
        <source>Open the demo vault</source>
        <translation>Open the demo vault</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>_SecretLineEdit</name>
    <message>
        <source>Copy (cleared after a while)</source>
        <translation>Copy (cleared after a while)</translation>
    </message>
</context>
</TS>
