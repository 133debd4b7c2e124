"""Serving a citizen at the counter and following up what the agencies still owe them.

* :mod:`~kiosk.counter.vocab` - outcomes, failure reasons, next steps, request statuses and the rule that turns
  an outcome into a request;
* :mod:`~kiosk.counter.visits` - the visit stream: started, service opened, outcome recorded, ended;
* :mod:`~kiosk.counter.requests` - the request stream: created, status changed, note added, and its history;
* :mod:`~kiosk.counter.queries` - the requests page's filters, search and age buckets.

Every write appends events (with their outbox rows) and updates the read models in the caller's one transaction.
"""
