"""Liveness and readiness probes for the load balancer and the orchestrator."""

import threading

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

READINESS_TIMEOUT_SECONDS = 1.5


@never_cache
def healthz(request):
    """The process is up and answering. Touches nothing else."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """200 when the database answers and every migration is applied, otherwise 503.

    The check runs in its own thread so that a hanging database cannot hold
    the probe past its deadline.
    """
    outcome = {}
    worker = threading.Thread(target=_check_database, args=(outcome,), daemon=True)
    worker.start()
    worker.join(READINESS_TIMEOUT_SECONDS)
    if "ready" not in outcome:
        problem = outcome.get("problem", "database did not answer in time")
        return HttpResponse(f"not ready: {problem}\n", status=503, content_type="text/plain")
    return HttpResponse("ready\n", content_type="text/plain")


def _check_database(outcome):
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if plan:
            outcome["problem"] = f"{len(plan)} migrations not applied"
        else:
            outcome["ready"] = True
    except Exception:  # any failure means "not ready"
        outcome["problem"] = "database unavailable"
    finally:
        connection.close()
