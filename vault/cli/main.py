"""`clientvault`: every subcommand takes --vault DIR and --json; exit codes are stable.

0 success · 1 bad input or usage · 2 wrong password or recovery key ·
3 vault damaged or tampered · 4 vault open in another process.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from vault.cli import (
    attachments,
    backup,
    erasure,
    export,
    importing,
    incident,
    inventory,
    offboard,
    render,
    retention,
)
from vault.cli.common import Handler, Parser, open_vault, warn_if_synced
from vault.cli.prompt import SecretInput
from vault.domain.model import (
    Field,
    FieldType,
    Sensitivity,
    check_email,
    check_phone,
    clean_field,
    clean_text,
    clean_title,
    field_type_for,
    parse_kind,
    parse_sensitivity,
)
from vault.domain.reading import clean_furigana
from vault.errors import BadInput, VaultError, VaultTampered
from vault.inventory.reads import RECORDS_OPENED, SECRET_REVEALED, log_read
from vault.keys import kdf
from vault.keys.header import HEADER_NAME
from vault.offboarding import client_log
from vault.redaction.special_care import record_declined
from vault.redaction.special_care import terms_in as special_care_terms
from vault.session import Vault
from vault.storage.locations import default_vault_dir
from vault.storage.os_backup import exclude_from_os_backups


def _kdf_params(args: argparse.Namespace) -> kdf.KdfParams:
    memory = kdf.DEFAULT_MEMORY_MIB if args.kdf_memory is None else args.kdf_memory
    floor_time = kdf.FLOOR_TIME_COST if args.kdf_time is None else args.kdf_time
    # Checked before calibrating: Argon2id itself fails (or takes forever) on such values.
    # Ceilings keep a typo (an extra zero) from freezing or OOM-killing the machine.
    probe = kdf.fixed(memory, floor_time)
    probe.check_floor()
    probe.check_ceiling()
    if args.kdf_time is None:
        return kdf.calibrate(memory_mib=memory)
    return kdf.fixed(memory, args.kdf_time)


def _create(args: argparse.Namespace, secrets: SecretInput) -> tuple[Vault, dict[str, Any]]:
    if (args.vault / HEADER_NAME).exists():  # before calibrating and asking for a password
        raise BadInput("{folder} already holds a vault.", folder=str(args.vault))
    params = _kdf_params(args)
    warn_if_synced(args.vault)
    vault, recovery_key = Vault.create(
        args.vault, secrets.ask_new("new password"), kdf_params=params
    )
    kdf_info = {k: v for k, v in params.to_json().items() if k != "salt"}
    return vault, {
        "vault": str(args.vault),
        "vault_id": vault.vault_id,
        "recovery_key": recovery_key,
        "kdf": kdf_info,
        "os_backups": exclude_from_os_backups(args.vault),
    }


def cmd_init(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    vault, info = _create(args, secrets)
    vault.close()
    return info


def cmd_demo(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    from vault.demo import fill  # noqa: PLC0415 - only the demo needs the fake-data tables

    if args.clients < 1 or args.records < 0:
        raise BadInput("A demo needs at least one client and a non-negative record count.")
    vault, info = _create(args, secrets)
    with vault:
        fill(vault, clients=args.clients, records=args.records, seed=args.seed)
    return {**info, "clients": args.clients, "records": args.records}


def cmd_client_add(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    # Checked here too so that bad input is reported before the password is asked for.
    clean_title(args.name)
    for email in args.email:
        check_email(email)
    for phone in args.phone:
        check_phone(phone)
    clean_text(args.notes, "notes")
    clean_furigana(args.furigana)
    with open_vault(args, secrets) as vault:
        client = vault.clients.add_client(
            args.name, args.email, args.phone, args.notes, furigana=args.furigana
        )
    return {"id": client.id}


def cmd_client_edit(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    """Change what is given; `--email`/`--phone` replace every address or number, and an
    empty `--furigana ""` removes the reading."""
    if args.name is not None:
        clean_title(args.name)
    if args.furigana is not None:
        clean_furigana(args.furigana)
    for email in args.email or ():
        check_email(email)
    for phone in args.phone or ():
        check_phone(phone)
    with open_vault(args, secrets) as vault:
        current = vault.clients.get_client(args.id)
        changed = replace(
            current,
            name=current.name if args.name is None else args.name,
            furigana=current.furigana if args.furigana is None else args.furigana,
            emails=current.emails if args.email is None else tuple(args.email),
            phones=current.phones if args.phone is None else tuple(args.phone),
            notes=current.notes if args.notes is None else args.notes,
        )
        client = vault.clients.update_client(changed)
    return render.client(client)


def cmd_client_list(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        return [render.client(c) for c in vault.clients.list_clients()]


def _parse_field(text: str, kind_fields: Callable[[str], FieldType]) -> Field:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise BadInput("Fields are given as KEY=VALUE (or KEY:TYPE=VALUE).")
    name, _, type_name = key.partition(":")
    try:
        field_type = FieldType(type_name) if type_name else kind_fields(name)
    except ValueError as exc:
        types = ", ".join(t.value for t in FieldType)
        raise BadInput(
            "Unknown field type '{type}'; use one of: {types}.", type=type_name, types=types
        ) from exc
    return Field(name, value, field_type)


def _fields_json(text: str, kind_fields: Callable[[str], FieldType]) -> list[Field]:
    """`--fields-json -`: one line of JSON, {"KEY[:TYPE]": "VALUE", …}, read after the
    password, so that secrets never appear on the command line."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BadInput(
            "The fields line is not JSON; write it like {example}.", example=_EXAMPLE
        ) from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise BadInput(
            "The fields line must be a JSON object of texts, like {example}.", example=_EXAMPLE
        )
    return [clean_field(_parse_field(f"{k}={v}", kind_fields)) for k, v in data.items()]


_EXAMPLE = '{"username": "yamada", "password": "…"}'


def cmd_record_add(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    kind = parse_kind(args.kind)
    fields = [_parse_field(f, lambda key: field_type_for(kind, key)) for f in args.field]
    clean_title(args.title)  # bad input is reported before the password is asked for
    fields = [clean_field(f) for f in fields]
    terms = special_care_terms(" ".join([args.title, *(f.value for f in fields)]))
    if terms and args.sensitivity is None:
        raise BadInput(
            "This record looks special-care ('{term}'); add --sensitivity special-care, "
            "or --sensitivity normal to keep it as it is.",
            term=terms[0],
        )
    sensitivity = parse_sensitivity(args.sensitivity or Sensitivity.NORMAL.value)
    for field in fields:
        if field.type is FieldType.SECRET:
            sys.stderr.write(
                f"clientvault: warning: the secret field '{field.key}' was given on the command "
                "line, where other users and the shell history can see it; pass secrets with "
                "--fields-json - on standard input instead.\n"
            )
    with open_vault(args, secrets) as vault:
        if args.fields_json:
            fields += _fields_json(secrets.ask("fields"), lambda key: field_type_for(kind, key))
            terms = special_care_terms(" ".join([args.title, *(f.value for f in fields)]))
            if terms and args.sensitivity is None:  # checked before anything is written
                raise BadInput(
                    "This record looks special-care ('{term}'); add --sensitivity "
                    "special-care, or --sensitivity normal to keep it as it is.",
                    term=terms[0],
                )
        record = vault.clients.add_record(args.client, kind, args.title, fields, sensitivity)
        if terms and sensitivity is not Sensitivity.SPECIAL_CARE:
            record_declined(vault, args.client, record.id, sensitivity)
    return {"id": record.id}


def cmd_record_list(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        records = vault.clients.list_records(args.client)
        log_read(vault, RECORDS_OPENED, args.client, count=len(records))
        if args.show_secrets:
            log_read(vault, SECRET_REVEALED, args.client, count=len(records))
    return [render.record(r, show_secrets=args.show_secrets) for r in records]


def cmd_record_delete(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets) as vault:
        vault.clients.delete_record(args.id)
    return {"deleted": args.id}


def cmd_search(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    clean_text(args.query, "search query")
    with open_vault(args, secrets) as vault:
        return [render.hit(h) for h in vault.search(args.query)]


def cmd_audit_verify(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets) as vault:
        problems = vault.audit.verify()
        entries = len(vault.audit.entries())
        head = vault.audit.head()
    if problems:
        if len(problems) > 1:
            raise VaultTampered(
                "The audit log was tampered with: {problem} ({more} more problems).",
                problem=problems[0],
                more=len(problems) - 1,
            )
        raise VaultTampered("The audit log was tampered with: {problem}.", problem=problems[0])
    return {"ok": True, "entries": entries, "head": head}


def cmd_audit_show(args: argparse.Namespace, secrets: SecretInput) -> Any:
    if args.signed and (args.client is None or args.out is None):
        raise BadInput("A signed log is one client's: give --client and --out.")
    if args.out is not None and not args.signed:
        raise BadInput("--out writes the signed log; add --signed.")
    with open_vault(args, secrets) as vault:
        if args.signed:
            document = client_log.write_signed(vault, args.client, args.out)
            return {"out": str(args.out), "entries": len(document["entries"])}
        if args.client is not None:
            return [e.to_json() for e in client_log.entries_of(vault, args.client)]
        return [e.to_json() for e in vault.audit.entries()]


def cmd_passwd(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with Vault(args.vault) as vault:
        if args.recovery_key:
            vault.unlock(recovery_key=secrets.ask("recovery key"))
        else:
            vault.unlock(secrets.ask("current password"))
        vault.change_password(secrets.ask_new("new password"))
    return {"changed": True}


def cmd_rekey(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets) as vault:
        recovery_key = vault.rekey(secrets.ask_new("new password"))
    return {
        "rekeyed": True,
        "recovery_key": recovery_key,
        "confirm": "write the recovery key down, then run 'clientvault confirm-recovery-key'; "
        "until then every unlock shows it again",
    }


def cmd_confirm_recovery_key(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets, show_pending=False) as vault:
        vault.confirm_recovery_key(secrets.ask("new recovery key"))
    return {"confirmed": True}


def cmd_unlock_check(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets) as vault:
        return {"ok": True, "vault_id": vault.vault_id}


def _record_commands(commands: Any, add: Callable[..., Parser]) -> None:
    record = commands.add_parser("record", help="add, list or delete records").add_subparsers(
        dest="record_command", metavar="{add,list,delete}", required=True, parser_class=Parser
    )
    record_add = add("add", cmd_record_add, "add a record to a client", record)
    record_add.add_argument("--client", required=True, metavar="ID")
    record_add.add_argument("--kind", required=True, help="note, contact, credential or record")
    record_add.add_argument("--title", required=True)
    record_add.add_argument("--field", action="append", default=[], metavar="KEY[:TYPE]=VALUE")
    record_add.add_argument(
        "--fields-json",
        choices=["-"],
        help="read more fields as one JSON line on stdin after the password (for secrets)",
    )
    record_add.add_argument(
        "--sensitivity",
        help="normal (the default), personal or special-care; required when the text looks "
        "special-care (要配慮: health, disability, criminal record …)",
    )
    record_list = add("list", cmd_record_list, "list a client's records", record)
    record_list.add_argument("--client", required=True, metavar="ID")
    record_list.add_argument("--show-secrets", action="store_true", help="print credential secrets")
    record_delete = add("delete", cmd_record_delete, "delete one record", record)
    record_delete.add_argument("--id", required=True)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        type=Path,
        default=default_vault_dir(),
        metavar="DIR",
        help="vault folder (default: %(default)s)",
    )
    common.add_argument("--json", action="store_true", help="print exactly one JSON document")
    common.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (and any new password) one line each from stdin",
    )

    parser = Parser(prog="clientvault", description="Per-client encrypted records for freelancers.")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    def add(name: str, handler: Handler, help_text: str, parent: Any = commands) -> Parser:
        sub: Parser = parent.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", cmd_init, "create a new vault and print its recovery key once")
    demo = add("demo", cmd_demo, "create a new vault filled with realistic fake clients")
    for sub in (init, demo):
        sub.add_argument("--kdf-memory", type=int, metavar="MIB", help="Argon2id memory (MiB)")
        sub.add_argument(
            "--kdf-time", type=int, metavar="N", help="Argon2id passes (default: calibrated)"
        )
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--records", type=int, required=True, help="records in total")
    demo.add_argument("--seed", type=int, default=1)

    client = commands.add_parser("client", help="add, edit or list clients").add_subparsers(
        dest="client_command", metavar="{add,edit,list}", required=True, parser_class=Parser
    )
    client_add = add("add", cmd_client_add, "add a client", client)
    client_add.add_argument("--name", required=True)
    client_add.add_argument("--furigana", default="", help="the name's reading in kana")
    client_add.add_argument("--email", action="append", default=[])
    client_add.add_argument("--phone", action="append", default=[])
    client_add.add_argument("--notes", default="")
    client_edit = add("edit", cmd_client_edit, "change a client's name or details", client)
    client_edit.add_argument("id", metavar="ID")
    client_edit.add_argument("--name")
    client_edit.add_argument("--furigana", help='the name\'s reading in kana; "" removes it')
    client_edit.add_argument("--email", action="append", help="replaces every address")
    client_edit.add_argument("--phone", action="append", help="replaces every number")
    client_edit.add_argument("--notes")
    add("list", cmd_client_list, "list clients (in 50音 order by furigana)", client)

    _record_commands(commands, add)

    search = add("search", cmd_search, "search every client's records")
    search.add_argument("query")

    erasure.add_commands(commands, add, retention.add_commands(commands, add))
    for module in (backup, attachments, export, importing, inventory, incident, offboard):
        module.add_commands(commands, add)

    audit = commands.add_parser("audit", help="verify or show the audit log").add_subparsers(
        dest="audit_command", metavar="{verify,show}", required=True, parser_class=Parser
    )
    add("verify", cmd_audit_verify, "check the audit log's hash chain", audit)
    show = add("show", cmd_audit_show, "print the audit log", audit)
    show.add_argument("--client", metavar="ID", help="only this client's entries")
    show.add_argument("--signed", action="store_true", help="sign it, for the client to keep")
    show.add_argument("--out", type=Path, metavar="DIR", help="folder for the signed log")

    passwd = add("passwd", cmd_passwd, "change the password (re-wraps the master key only)")
    passwd.add_argument(
        "--recovery-key",
        action="store_true",
        help="prove it is you with the recovery key instead of the old password",
    )
    add("rekey", cmd_rekey, "new master key for everything; prints a new recovery key")
    add(
        "confirm-recovery-key",
        cmd_confirm_recovery_key,
        "confirm a re-key's new recovery key was kept (asks the password, then the key)",
    )
    add("unlock-check", cmd_unlock_check, "exit 0 when the password opens the vault")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(argv if argv is not None else sys.argv[1:])
    as_json = "--json" in arguments
    try:
        for number, argument in enumerate(arguments, start=1):
            if not _is_text(argument):
                raise BadInput("Argument {number} is not valid UTF-8 text.", number=number)
        args = parser.parse_args(arguments)
        for option, value in vars(args).items():
            if isinstance(value, Path) and "\x00" in str(value):
                raise BadInput(
                    "The path given for {option} holds a NUL character.",
                    option=option.replace("_", "-"),
                )
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return 0
        result = args.handler(args, SecretInput(args.password_stdin))
    except VaultError as exc:
        return render.failure(str(exc), exc.exit_code, as_json, getattr(exc, "details", None))
    except KeyboardInterrupt:
        return render.failure("Interrupted; nothing was changed.", 1, as_json)
    except OSError as exc:  # an unusable path: not a folder, no permission, disk full, too long
        return _os_failure(exc, arguments, as_json)
    except Exception as exc:  # one sentence, never a traceback that could hold data
        message = f"ClientVault stopped on an internal error ({type(exc).__name__}); "
        return render.failure(message + "the change in progress was rolled back.", 1, as_json)
    render.success(result, as_json)
    return 0


def _os_failure(exc: OSError, arguments: Sequence[str], as_json: bool) -> int:
    """Name the file: the vault folder's, or another the command was given (--out …)."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    code = 5 if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS) else 1
    if exc.filename and not _inside(Path(str(exc.filename)), _args_vault(arguments)):
        return render.failure(f"Could not use {exc.filename}: {reason}.", code, as_json)
    where = f" ({exc.filename})" if exc.filename else ""
    return render.failure(f"Could not use the vault folder{where}: {reason}.", code, as_json)


def _is_text(argument: str) -> bool:
    """Undecodable bytes in argv arrive as lone surrogates (surrogateescape)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _args_vault(arguments: Sequence[str]) -> Path:
    """The --vault folder as given (or the default), for naming where an OS error was."""
    for index, argument in enumerate(arguments):
        if argument == "--vault" and index + 1 < len(arguments):
            return Path(arguments[index + 1])
        if argument.startswith("--vault="):
            return Path(argument.removeprefix("--vault="))
    return default_vault_dir()


def _inside(path: Path, folder: Path) -> bool:
    return path.absolute().is_relative_to(folder.absolute())


if __name__ == "__main__":
    sys.exit(main())
