"""Attachments: chunked AES-256-GCM blobs round-trip, stream, and fail loudly when touched.

Most tests use 16-byte chunks (a constructor parameter) so that files of many
chunks stay tiny; one runs at the real 1 MiB chunk size.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import stat
import tracemalloc
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.integration.canary import Canaries, scan_tree
from vault.domain.model import RecordKind
from vault.errors import BadInput, VaultDamaged, VaultTampered
from vault.keys.sealing import NONCE_BYTES
from vault.session import Vault
from vault.storage.attachments import Attachment, AttachmentStore, clean_name
from vault.storage.blob_io import CHUNK_SIZE, HEADER_BYTES, TAG_BYTES, check_output, open_source
from vault.storage.layout import BLOBS_DIR, blob_path, client_blob_dir

SMALL = 16
INTEGRITY = "The attachment's contents failed their integrity check"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def payload(size: int) -> bytes:
    return random.Random(size).randbytes(size)


@pytest.fixture
def small(vault: Vault) -> AttachmentStore:
    """The vault's attachments with 16-byte chunks."""
    state = vault.state
    return AttachmentStore(
        vault.folder,
        state.db,
        state.cipher,
        state.audit,
        vault.timestamp,
        vault_id=vault.vault_id,
        chunk_size=SMALL,
    )


@pytest.fixture
def client_id(vault: Vault) -> str:
    return vault.clients.add_client("添付商事").id


def blob_of(vault: Vault, attachment: Attachment) -> Path:
    return blob_path(vault.folder, attachment.client_id, attachment.id)


def blob_files(vault: Vault) -> list[Path]:
    root = vault.folder / BLOBS_DIR
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def row_count(vault: Vault) -> int:
    return int(vault.database.scalar("SELECT count(*) FROM attachments"))


def actions(vault: Vault) -> list[str]:
    return [e.action for e in vault.audit.entries()]


# -- round trips ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, SMALL - 1, SMALL, SMALL + 1, 5 * SMALL, 5 * SMALL + 3], ids=str
)
def test_files_from_empty_to_several_chunks_round_trip(
    vault: Vault, small: AttachmentStore, client_id: str, tmp_path: Path, size: int
) -> None:
    data = payload(size)
    added = small.add(client_id, io.BytesIO(data), "data.bin")
    assert (added.size, added.sha256) == (size, hashlib.sha256(data).hexdigest())
    assert added.media_type == "application/octet-stream"
    assert b"".join(small.open_stream(added.id)) == data
    assert small.get(added.id) == added
    assert small.list(client_id) == [added]

    chunks = max(1, -(-size // SMALL))  # an empty file is one empty chunk
    stored = vault.database.scalar("SELECT chunks FROM attachments WHERE id = ?", (added.id,))
    assert stored == chunks
    blob = blob_of(vault, added)
    assert blob.stat().st_size == HEADER_BYTES + chunks * (NONCE_BYTES + TAG_BYTES) + size
    assert stat.S_IMODE(blob.stat().st_mode) == 0o600
    for folder in (blob.parent, blob.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    out = tmp_path / "copy.bin"
    assert small.save_copy(added.id, out) == added
    assert out.read_bytes() == data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.bin", "vault"]  # no temp left


def test_a_file_of_three_real_chunks_survives_lock_and_unlock(
    vault: Vault, client_id: str, tmp_path: Path
) -> None:
    data = payload(2 * CHUNK_SIZE + 12345)
    source = tmp_path / "scan.tiff"
    source.write_bytes(data)
    added = vault.attachments.add(client_id, source, source.name)
    assert vault.database.scalar("SELECT chunks FROM attachments") == 3
    vault.lock()
    vault.unlock(PASSWORD)
    assert [len(c) for c in vault.attachments.open_stream(added.id)] == [
        CHUNK_SIZE,
        CHUNK_SIZE,
        12345,
    ]
    out = tmp_path / "out.tiff"
    vault.attachments.save_copy(added.id, out)
    assert out.read_bytes() == data
    assert vault.attachments.get(added.id).media_type == "image/tiff"


def test_a_japanese_file_name_is_kept_as_nfc_with_its_media_type(
    vault: Vault, client_id: str, tmp_path: Path
) -> None:
    name = "見積書（山田様）がぎぐ.pdf"
    source = tmp_path / unicodedata.normalize("NFD", name)  # as macOS hands it over
    source.write_bytes(b"%PDF-1.7\n")
    added = vault.attachments.add(client_id, source, source.name)
    assert added.name == name
    assert added.media_type == "application/pdf"
    vault.lock()
    vault.unlock(PASSWORD)
    (listed,) = vault.attachments.list(client_id)
    assert (listed.name, listed.size) == (name, 9)


def test_the_stream_yields_verified_chunks_one_at_a_time(
    small: AttachmentStore, client_id: str
) -> None:
    data = payload(5 * SMALL + 3)
    added = small.add(client_id, io.BytesIO(data), "data.bin")
    stream = small.open_stream(added.id)
    assert next(stream) == data[:SMALL]
    rest = list(stream)
    assert [len(c) for c in rest] == [SMALL] * 4 + [3]
    assert b"".join(rest) == data[SMALL:]


class Pattern:
    """`size` bytes of a repeating pattern, produced on demand (no file held in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.block = memoryview(payload(CHUNK_SIZE))

    def readinto(self, buffer: memoryview, /) -> int:
        count = min(len(buffer), self.left, len(self.block))
        buffer[:count] = self.block[:count]
        self.left -= count
        return count


def test_adding_and_saving_a_large_file_needs_a_few_chunks_of_memory(
    vault: Vault, client_id: str, tmp_path: Path
) -> None:
    size = 24 * CHUNK_SIZE + 5
    source = Pattern(size)
    tracemalloc.start()
    try:
        added = vault.attachments.add(client_id, source, "big.bin")
        adding_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        vault.attachments.save_copy(added.id, tmp_path / "big.bin")
        saving_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert added.size == size
    assert (tmp_path / "big.bin").stat().st_size == size
    assert adding_peak < 6 * CHUNK_SIZE, adding_peak  # three read buffers, one sealed chunk
    assert saving_peak < 4 * CHUNK_SIZE, saving_peak  # one sealed chunk, one plain


def test_progress_reports_bytes_done_and_false_cancels_leaving_nothing(
    vault: Vault, small: AttachmentStore, client_id: str
) -> None:
    seen: list[int] = []

    def two_chunks_then_stop(done: int) -> bool:
        seen.append(done)
        return len(seen) < 2

    before = actions(vault)
    with pytest.raises(BadInput, match=r"^Cancelled; nothing was attached\.$"):
        small.add(client_id, io.BytesIO(payload(5 * SMALL)), "x.bin", None, two_chunks_then_stop)
    assert seen == [SMALL, 2 * SMALL]
    assert blob_files(vault) == []
    assert row_count(vault) == 0
    assert actions(vault) == before

    def keep_going(done: int) -> bool:
        seen.append(done)
        return True

    seen.clear()
    added = small.add(client_id, io.BytesIO(payload(2 * SMALL + 1)), "x.bin", None, keep_going)
    assert seen == [SMALL, 2 * SMALL, 2 * SMALL + 1]
    assert added.size == 2 * SMALL + 1


def test_a_cancelled_copy_leaves_no_file_and_no_export_entry(
    vault: Vault, small: AttachmentStore, client_id: str, tmp_path: Path
) -> None:
    added = small.add(client_id, io.BytesIO(payload(3 * SMALL)), "x.bin")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(BadInput, match=r"^Cancelled; nothing was saved\.$"):
        small.save_copy(added.id, out_dir / "x.bin", lambda done: done < 2 * SMALL)
    assert list(out_dir.iterdir()) == []
    assert "attachment.exported" not in actions(vault)


# -- metadata, records and the audit log --------------------------------------------------


def test_meta_is_sealed_with_name_type_hash_and_no_columns_yet(
    vault: Vault, client_id: str
) -> None:
    data = b"name,email\n"
    added = vault.attachments.add(client_id, io.BytesIO(data), "顧客一覧.csv")
    sealed = vault.database.scalar("SELECT meta FROM attachments")
    cipher = vault.state.cipher
    meta = cipher.open(cipher.sealer(client_id), client_id, "attachments", added.id, "meta", sealed)
    assert meta == {
        "name": "顧客一覧.csv",
        "media_type": "text/csv",
        "sha256": hashlib.sha256(data).hexdigest(),
        "columns": None,
    }
    assert "顧客一覧".encode() not in bytes(sealed)
    assert hashlib.sha256(data).hexdigest().encode() not in bytes(sealed)


def test_attachments_of_a_record_and_of_the_client(vault: Vault, client_id: str) -> None:
    record = vault.clients.add_record(client_id, RecordKind.NOTE, "打ち合わせ")
    own = vault.attachments.add(client_id, io.BytesIO(b"a"), "a.txt")
    on_record = vault.attachments.add(client_id, io.BytesIO(b"b"), "b.txt", record.id)
    assert on_record.record_id == record.id
    assert vault.attachments.list(client_id) == [own, on_record]
    assert vault.attachments.list(client_id, record.id) == [on_record]


def test_a_record_of_another_client_or_no_client_changes_nothing(
    vault: Vault, client_id: str
) -> None:
    other = vault.clients.add_client("別会社")
    foreign = vault.clients.add_record(other.id, RecordKind.NOTE, "他社メモ")
    before = actions(vault)
    with pytest.raises(BadInput, match=r"^That record belongs to another client\.$"):
        vault.attachments.add(client_id, io.BytesIO(b"x"), "x.txt", foreign.id)
    with pytest.raises(BadInput, match=r"^No record with that id\.$"):
        vault.attachments.add(client_id, io.BytesIO(b"x"), "x.txt", "0" * 16)
    with pytest.raises(BadInput, match=r"^No client with that id\.$"):
        vault.attachments.add("0" * 16, io.BytesIO(b"x"), "x.txt")
    with pytest.raises(BadInput, match=r"^That record belongs to another client\.$"):
        vault.attachments.list(client_id, foreign.id)
    assert not (vault.folder / BLOBS_DIR).exists()
    assert row_count(vault) == 0
    assert actions(vault) == before


def test_unknown_attachment_ids_are_bad_input(vault: Vault, tmp_path: Path) -> None:
    for call in (
        lambda: vault.attachments.get("0" * 16),
        lambda: vault.attachments.open_stream("0" * 16),
        lambda: vault.attachments.save_copy("0" * 16, tmp_path / "x"),
        lambda: vault.attachments.delete("0" * 16),
    ):
        with pytest.raises(BadInput, match=r"^No attachment with that id\.$"):
            call()


def test_audit_entries_hold_ids_and_sizes_never_the_name(
    vault: Vault, client_id: str, tmp_path: Path
) -> None:
    record = vault.clients.add_record(client_id, RecordKind.NOTE, "メモ")
    added = vault.attachments.add(client_id, io.BytesIO(b"12345"), "山田様の契約書.pdf", record.id)
    vault.attachments.save_copy(added.id, tmp_path / "copy.pdf")
    vault.attachments.delete(added.id)
    entries = [e for e in vault.audit.entries() if e.action.startswith("attachment.")]
    assert [(e.action, e.client_id, e.details) for e in entries] == [
        ("attachment.added", client_id, {"attachment": added.id, "size": 5, "record": record.id}),
        ("attachment.exported", client_id, {"attachment": added.id, "size": 5}),
        ("attachment.deleted", client_id, {"attachment": added.id, "size": 5}),
    ]
    assert "山田" not in json.dumps([e.to_json() for e in entries], ensure_ascii=False)
    assert vault.audit.verify() == []


def test_delete_removes_the_row_and_the_blob(vault: Vault, client_id: str) -> None:
    kept = vault.attachments.add(client_id, io.BytesIO(b"keep"), "keep.txt")
    gone = vault.attachments.add(client_id, io.BytesIO(b"gone"), "gone.txt")
    vault.attachments.delete(gone.id)
    assert vault.attachments.list(client_id) == [kept]
    assert blob_files(vault) == [blob_of(vault, kept)]


# -- no plaintext at rest -----------------------------------------------------------------


def test_neither_contents_nor_name_reach_the_disk_in_plain(
    vault: Vault, small: AttachmentStore, client_id: str, tmp_path: Path
) -> None:
    canaries = Canaries()
    text = canaries.japanese("content")
    name = canaries.japanese("name") + ".txt"
    data = (text + "\n").encode() * 50
    for store in (vault.attachments, small):  # one chunk, and chunks splitting the canary
        store.add(client_id, io.BytesIO(data), name)
    vault.database.checkpoint()
    assert scan_tree(vault.folder / BLOBS_DIR, canaries) == []
    assert scan_tree(vault.folder, canaries) == []
    needles = canaries.needles()
    for (meta,) in vault.database.execute("SELECT meta FROM attachments"):
        assert [what for needle, what in needles.items() if needle in bytes(meta)] == []
    entries = json.dumps([e.to_json() for e in vault.audit.entries()], ensure_ascii=False)
    assert canaries.found_in(entries) == []

    out = tmp_path / "export"
    out.mkdir()
    vault.attachments.save_copy(vault.attachments.list(client_id)[0].id, out / "copy.txt")
    assert scan_tree(out, canaries) == [out / "copy.txt"]  # the scan does see plaintext


# -- tampering ----------------------------------------------------------------------------


def split_blob(path: Path, chunk_size: int = SMALL) -> tuple[bytes, list[bytes]]:
    """The header and the sealed chunks of a blob whose chunks are `chunk_size` bytes."""
    raw = path.read_bytes()
    step = NONCE_BYTES + chunk_size + TAG_BYTES
    body = raw[HEADER_BYTES:]
    return raw[:HEADER_BYTES], [body[i : i + step] for i in range(0, len(body), step)]


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def flip_chunk_byte(chunks: list[bytes]) -> list[bytes]:
    return [*chunks[:2], flip(chunks[2], 20), *chunks[3:]]


def flip_nonce_byte(chunks: list[bytes]) -> list[bytes]:
    return [flip(chunks[0], 0), *chunks[1:]]


def flip_tag_byte(chunks: list[bytes]) -> list[bytes]:
    return [*chunks[:-1], flip(chunks[-1], len(chunks[-1]) - 1)]


def swap_two_chunks(chunks: list[bytes]) -> list[bytes]:
    return [chunks[0], chunks[2], chunks[1], *chunks[3:]]


def drop_last_chunk(chunks: list[bytes]) -> list[bytes]:
    return chunks[:-1]


def drop_middle_chunk(chunks: list[bytes]) -> list[bytes]:
    return [*chunks[:2], *chunks[3:]]


def cut_last_bytes(chunks: list[bytes]) -> list[bytes]:
    return [*chunks[:-1], chunks[-1][:-5]]


def append_a_chunk(chunks: list[bytes]) -> list[bytes]:
    return [*chunks, chunks[-1]]


Edit = Callable[[list[bytes]], list[bytes]]

CHUNK_EDITS: dict[str, tuple[Edit, str]] = {
    "a flipped ciphertext byte": (flip_chunk_byte, r"chunk 3 was altered"),
    "a flipped nonce byte": (flip_nonce_byte, r"chunk 1 was altered"),
    "a flipped tag byte": (flip_tag_byte, r"chunk 6 was altered"),
    "two chunks swapped": (swap_two_chunks, r"chunk 2 was altered, reordered"),
    "the last chunk removed": (drop_last_chunk, r"ends early: it was truncated"),
    "a middle chunk removed": (drop_middle_chunk, r"chunk 3 was altered"),
    "the file cut short": (cut_last_bytes, r"ends early: it was truncated"),
    "a chunk appended": (append_a_chunk, r"bytes after its last chunk"),
}


@pytest.mark.parametrize("edit, message", CHUNK_EDITS.values(), ids=CHUNK_EDITS.keys())
def test_every_change_to_the_chunks_is_detected(
    vault: Vault, small: AttachmentStore, client_id: str, tmp_path: Path, edit: Edit, message: str
) -> None:
    added = small.add(client_id, io.BytesIO(payload(5 * SMALL + 3)), "data.bin")
    blob = blob_of(vault, added)
    header, chunks = split_blob(blob)
    assert len(chunks) == 6
    blob.write_bytes(header + b"".join(edit(chunks)))
    with pytest.raises(VaultTampered, match=f"^{INTEGRITY} \\(.*{message}"):
        b"".join(small.open_stream(added.id))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(VaultTampered):
        small.save_copy(added.id, out_dir / "copy.bin")
    assert list(out_dir.iterdir()) == []  # nothing of an unverified file is kept
    assert "attachment.exported" not in actions(vault)


@pytest.mark.parametrize(
    "header, message",
    [
        (b"XXBLOB\x01\x00\x00\x00\x10", "is not an attachment header"),
        (b"CVBLOB\x02\x00\x00\x00\x10", "is not an attachment header"),
        (b"CVBLOB\x01\x00\x00\x00\x00", "is not an attachment header"),
        (b"CVBLOB\x01\xff\xff\xff\xff", "is not an attachment header"),
        (b"CVBLOB\x01\x00\x00\x00\x20", "do not add up to the size"),
        (b"CVBL", "is not an attachment header"),
    ],
    ids=["magic", "version", "zero chunk size", "huge chunk size", "other chunk size", "short"],
)
def test_a_changed_header_is_detected(
    vault: Vault, small: AttachmentStore, client_id: str, header: bytes, message: str
) -> None:
    added = small.add(client_id, io.BytesIO(payload(5 * SMALL + 3)), "data.bin")
    blob = blob_of(vault, added)
    _header, chunks = split_blob(blob)
    blob.write_bytes(header + (b"".join(chunks) if len(header) == HEADER_BYTES else b""))
    with pytest.raises(VaultTampered, match=f"^{INTEGRITY} \\(.*{message}"):
        b"".join(small.open_stream(added.id))


@pytest.mark.parametrize("same_client", [False, True], ids=["other client", "same client"])
def test_a_blob_moved_to_another_attachment_is_detected(
    vault: Vault, small: AttachmentStore, client_id: str, same_client: bool
) -> None:
    data = payload(3 * SMALL)
    original = small.add(client_id, io.BytesIO(data), "a.bin")
    target_client = client_id if same_client else vault.clients.add_client("別会社").id
    target = small.add(target_client, io.BytesIO(payload(3 * SMALL + 1)[1:]), "b.bin")
    blob_of(vault, target).write_bytes(blob_of(vault, original).read_bytes())
    with pytest.raises(VaultTampered, match=f"^{INTEGRITY} \\(chunk 1 was altered"):
        b"".join(small.open_stream(target.id))
    assert b"".join(small.open_stream(original.id)) == data


def test_a_missing_blob_is_damage(vault: Vault, small: AttachmentStore, client_id: str) -> None:
    added = small.add(client_id, io.BytesIO(b"data"), "data.bin")
    blob_of(vault, added).unlink()
    with pytest.raises(VaultDamaged, match="missing from the vault folder") as caught:
        b"".join(small.open_stream(added.id))
    assert caught.type is VaultDamaged


# -- orphans and erasure ------------------------------------------------------------------


def test_deleting_records_and_clients_removes_their_files(vault: Vault, client_id: str) -> None:
    store = vault.attachments
    record = vault.clients.add_record(client_id, RecordKind.NOTE, "消すメモ")
    kept = store.add(client_id, io.BytesIO(b"keep"), "keep.txt")
    store.add(client_id, io.BytesIO(b"gone"), "gone.txt", record.id)
    other = vault.clients.add_client("消す会社")
    store.add(other.id, io.BytesIO(b"other"), "other.txt")

    vault.clients.delete_record(record.id)  # its attachment row goes by ON DELETE CASCADE
    vault.clients.delete_client(other.id)
    assert row_count(vault) == 1
    assert blob_files(vault) == [blob_of(vault, kept)]
    assert not client_blob_dir(vault.folder, other.id).exists()
    assert b"".join(store.open_stream(kept.id)) == b"keep"


def test_remove_orphans_clears_leftovers_and_blobs_whose_rows_went(
    vault: Vault, client_id: str
) -> None:
    """What a crash leaves: a half-written temp file, a file whose row never committed."""
    store = vault.attachments
    kept = store.add(client_id, io.BytesIO(b"keep"), "keep.txt")
    lost = store.add(client_id, io.BytesIO(b"lost"), "lost.txt")
    with vault.database.transaction():
        vault.database.execute("DELETE FROM attachments WHERE id = ?", (lost.id,))
    crashed = client_blob_dir(vault.folder, client_id) / ".0123456789abcdef.0a0b0c.tmp"
    crashed.write_bytes(b"half a blob")
    assert blob_of(vault, lost).exists()

    assert store.remove_orphans() == 2
    assert blob_files(vault) == [blob_of(vault, kept)]
    assert b"".join(store.open_stream(kept.id)) == b"keep"
    assert store.remove_orphans() == 0


def test_remove_orphans_spares_a_blob_being_written(
    vault: Vault, small: AttachmentStore, client_id: str
) -> None:
    removed: list[int] = []

    def clean_up_meanwhile(_done: int) -> bool:
        removed.append(small.remove_orphans())
        return True

    added = small.add(client_id, io.BytesIO(payload(3 * SMALL)), "x.bin", None, clean_up_meanwhile)
    assert removed == [0, 0, 0]
    assert b"".join(small.open_stream(added.id)) == payload(3 * SMALL)


def test_remove_orphans_without_any_blob_folder(vault: Vault) -> None:
    assert vault.attachments.remove_orphans() == 0


def test_blob_paths_name_what_an_erasure_must_delete(vault: Vault, client_id: str) -> None:
    store = vault.attachments
    first = vault.clients.add_record(client_id, RecordKind.NOTE, "一")
    second = vault.clients.add_record(client_id, RecordKind.NOTE, "二")
    on_first = store.add(client_id, io.BytesIO(b"1"), "1.txt", first.id)
    on_second = store.add(client_id, io.BytesIO(b"2"), "2.txt", second.id)
    own = store.add(client_id, io.BytesIO(b"c"), "c.txt")
    stray = client_blob_dir(vault.folder, client_id) / "stray"
    stray.write_bytes(b"x")
    assert store.blob_paths(client_id, [first.id]) == [blob_of(vault, on_first)]
    assert store.blob_paths(client_id, [first.id, second.id]) == sorted(
        [blob_of(vault, on_first), blob_of(vault, on_second)]
    )
    assert store.blob_paths(client_id, []) == []
    assert store.blob_paths(client_id) == sorted(
        [blob_of(vault, a) for a in (on_first, on_second, own)] + [stray]
    )
    other = vault.clients.add_client("空")
    assert store.blob_paths(other.id) == []


# -- file names, sources and outputs ------------------------------------------------------


BAD_NAMES: dict[str, tuple[str, str]] = {
    "empty": ("", "A file name is required"),
    "blank": ("   ", "A file name is required"),
    "dot": (".", "cannot be '.' or '..'"),
    "dotdot": ("..", "cannot be '.' or '..'"),
    "slash": ("a/b.txt", "cannot contain '/'"),
    "backslash": ("a\\b.txt", "cannot contain '/'"),
    "nul": ("a\x00b.txt", "cannot contain '/'"),
    "newline": ("a\nb.txt", "cannot contain '/'"),
    "undecodable": ("a\udc83b.txt", "not valid text"),
    "too long": ("あ" * 86, "longer than 255 bytes"),
}


@pytest.mark.parametrize("name, message", BAD_NAMES.values(), ids=BAD_NAMES.keys())
def test_bad_file_names_are_refused(vault: Vault, client_id: str, name: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        vault.attachments.add(client_id, io.BytesIO(b"x"), name)
    assert row_count(vault) == 0
    assert blob_files(vault) == []


def test_good_file_names_are_normalised_not_refused() -> None:
    assert clean_name("あ" * 85) == "あ" * 85  # exactly 255 bytes
    assert clean_name(unicodedata.normalize("NFD", "ガイド.pdf")) == "ガイド.pdf"
    assert clean_name(" 先頭に空白.txt") == " 先頭に空白.txt"


def test_unusable_sources_get_one_sentence_each(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=r"^The file to attach does not exist\.$"):
        open_source(tmp_path / "missing.pdf")
    with pytest.raises(BadInput, match=r"^The file to attach is a folder"):
        open_source(tmp_path)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match=r"^The file to attach is not a regular file\.$"):
        open_source(fifo)


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
def test_an_unreadable_source_says_why(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"x")
    locked.chmod(0)
    with pytest.raises(BadInput, match=r"^The file to attach cannot be read \(Permission denied"):
        open_source(locked)


def test_a_copy_never_overwrites_and_needs_an_existing_folder(
    vault: Vault, client_id: str, tmp_path: Path
) -> None:
    added = vault.attachments.add(client_id, io.BytesIO(b"secret"), "s.txt")
    existing = tmp_path / "existing.txt"
    existing.write_bytes(b"mine")
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "nowhere")
    for out in (existing, tmp_path, link):
        with pytest.raises(BadInput, match=r"^Something already exists at the output path"):
            vault.attachments.save_copy(added.id, out)
    with pytest.raises(BadInput, match=r"^The folder for the output file does not exist\.$"):
        check_output(tmp_path / "no" / "such.txt")
    assert existing.read_bytes() == b"mine"
    assert not (tmp_path / "nowhere").exists()
    assert "attachment.exported" not in actions(vault)


@pytest.mark.skipif(IS_ROOT, reason="root writes into any folder whatever its mode")
def test_an_unwritable_output_folder_says_why(vault: Vault, client_id: str, tmp_path: Path) -> None:
    added = vault.attachments.add(client_id, io.BytesIO(b"x"), "x.txt")
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o500)
    with pytest.raises(BadInput, match=r"^The output file cannot be written \(Permission denied"):
        vault.attachments.save_copy(added.id, folder / "x.txt")


# -- datasets: a column map on a CSV or workbook a client handed over ---------------------


def sealed_meta(vault: Vault, attachment: Attachment) -> dict[str, object]:
    sealed = vault.database.scalar("SELECT meta FROM attachments WHERE id = ?", (attachment.id,))
    cipher = vault.state.cipher
    client_id = attachment.client_id
    meta: dict[str, object] = cipher.open(
        cipher.sealer(client_id), client_id, "attachments", attachment.id, "meta", sealed
    )
    return meta


def test_a_dataset_column_map_is_sealed_kept_and_cleared(vault: Vault, client_id: str) -> None:
    added = vault.attachments.add(client_id, io.BytesIO(b"x"), "会員名簿.xlsx")
    assert vault.attachments.columns(added.id) is None
    columns = {"氏名": "name", " 病歴 ": "special-care", "メール": "email"}
    vault.attachments.set_columns(added.id, columns)
    stored = {"氏名": "name", "病歴": "special-care", "メール": "email"}
    assert vault.attachments.columns(added.id) == stored
    assert sealed_meta(vault, added)["columns"] == stored
    raw = bytes(vault.database.scalar("SELECT meta FROM attachments"))
    assert "病歴".encode() not in raw
    vault.lock()
    vault.unlock(PASSWORD)
    assert vault.attachments.columns(added.id) == stored
    assert vault.attachments.get(added.id) == added  # everything else as it was
    vault.attachments.set_columns(added.id, None)
    assert vault.attachments.columns(added.id) is None


def test_setting_columns_is_audited_with_counts_only(vault: Vault, client_id: str) -> None:
    added = vault.attachments.add(client_id, io.BytesIO(b"a,b\n"), "list.csv")
    vault.attachments.set_columns(added.id, {"病歴": "special-care", "電話": "phone"})
    entry = vault.audit.entries()[-1]
    assert (entry.action, entry.client_id) == ("attachment.columns", client_id)
    assert entry.details == {"attachment": added.id, "columns": 2, "special_care": 1}
    assert "病歴" not in json.dumps([e.to_json() for e in vault.audit.entries()])


def test_a_bad_column_map_is_refused_and_changes_nothing(vault: Vault, client_id: str) -> None:
    dataset = vault.attachments.add(client_id, io.BytesIO(b"a\n"), "list.csv")
    vault.attachments.set_columns(dataset.id, {"a": "name"})
    document = vault.attachments.add(client_id, io.BytesIO(b"%PDF"), "見積書.pdf")
    before = (sealed_meta(vault, dataset), sealed_meta(vault, document), actions(vault))
    refusals: list[tuple[str, dict[str, str], str]] = [
        (dataset.id, {"a": "diagnosis"}, r"^Unknown column role; use one of: name, furigana"),
        (dataset.id, {"  ": "name"}, r"^A column header in the map is empty\.$"),
        (dataset.id, {"a\x00b": "name"}, r"NUL character"),
        (dataset.id, {"x" * 501: "name"}, r"longer than 500 characters"),
        (dataset.id, {f"c{i}": "name" for i in range(1001)}, r"at most 1000 columns"),
        (document.id, {"a": "name"}, r"^Only CSV and Excel attachments can have a column map\.$"),
        ("0123456789abcdef", {"a": "name"}, r"^No attachment with that id\.$"),
    ]
    for attachment_id, columns, message in refusals:
        with pytest.raises(BadInput, match=message):
            vault.attachments.set_columns(attachment_id, columns)
    assert (sealed_meta(vault, dataset), sealed_meta(vault, document), actions(vault)) == before
    with pytest.raises(BadInput, match=r"^No attachment with that id\.$"):
        vault.attachments.columns("0123456789abcdef")
