"""Delivery channels (Twilio SMS and WhatsApp, email, the local outbox): each sends one
message and answers with a channel-neutral `SendResult` (see `base`)."""
