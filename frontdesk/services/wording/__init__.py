"""The words FrontDesk sends to clients: steps, default texts, rendering and the editor's checks.

Clients never open the app but read every message, often on a lock screen, sometimes on a
phone shared with family. So every default text is short, gentle and says as little as it can:
it never names the kind of care, and a *minimal* variant for "shared phone" clients also leaves
out the clinician, how the appointment happens and anything that labels a link.

- The `Step` vocabulary (booking confirmation … HELP reply) is in `frontdesk.domain`.
- `templates`: default texts per step × channel × language × minimal, the override lookup
  (clinician → practice → default), sandboxed Jinja2 rendering and `TemplateError`.
- `context`: `MessageContext` (the variables a template may use), `build_context` (dates and
  times in the recipient's time zone and language) and `sample_context` for the live preview.
- `sms_segments`: GSM-7 / UCS-2 segment counting and the editor's warning.
- `privacy`: warnings when a text names the kind of care, a diagnosis or (in a minimal text)
  the clinician, the modality or a link label.
- `checks`: everything the template editor shows for one text in one call.

Plain Python: no Qt, no database. Overrides are handed in as plain data by whoever stores them.
"""
