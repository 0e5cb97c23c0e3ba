"""The audit trail viewer for the practice owner (Practice → Audit trail…): filters, the
entries newest first, paging, CSV export and the hash chain's check."""

from __future__ import annotations


def open_audit_viewer(window) -> None:
    """Open the viewer over `window` (the main window), or raise the one already open."""
    from frontdesk.ui.audit.audit_viewer import AuditViewer

    viewer = getattr(window, "audit_viewer", None)
    if isinstance(viewer, AuditViewer) and viewer.isVisible():
        viewer.raise_()
        viewer.activateWindow()
        return
    viewer = AuditViewer(window.ctx, window)
    window.audit_viewer = viewer
    viewer.finished.connect(lambda _r: setattr(window, "audit_viewer", None))
    viewer.show()
