"""The fleet: kiosks and staff desks on the library's MQTT broker (issue 16). No Qt.

- ``messages``: the topics and the JSON each one carries (never personal data);
- ``connection``: one broker connection whose work runs on a thread of its own, so
  that a broker that is down or slow never blocks the caller; while it is down,
  messages wait in a bounded queue;
- ``book``: the life of a kiosk's help requests (open, claimed, escalated, expired,
  closed), pure and on an injected clock;
- ``kiosk_client``: what a kiosk does on the bus (status, help requests, claims);
- ``desk_client``: what a staff desk sees and does (kiosks, the help queue, claims).
"""
