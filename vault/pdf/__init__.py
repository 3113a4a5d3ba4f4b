"""PDFs written by the core, without Qt: deletion certificates and bundle reports.

Text stays real text (searchable, extractable) in the system's Japanese font, embedded
as a subset so the file is small and opens in any reader.
"""

from vault.errors import FontNotFound
from vault.pdf.document import PdfDocument

__all__ = ["FontNotFound", "PdfDocument"]
