"""A small HTTP load balancer for the loopback cluster (`python -m bondwise.scale.cluster`).

Round robin over the Rasa servers. A server that refuses the connection is marked down
for a few seconds and the request goes to the next one: it never reached the refused
server, so nothing can be processed twice. A server that fails after it took the
request (killed mid-reply) is not retried, for the same reason: the client gets a 502
with a clear JSON error and may resend. Across machines, use nginx, HAProxy or a
Kubernetes Service instead (README, "Running several servers").
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import time
from typing import List, Optional

from aiohttp import ClientConnectorError, ClientError, ClientSession, ClientTimeout, web

logger = logging.getLogger(__name__)

DOWN_FOR_S = 3.0
MAX_BODY = 1_100_000  # a little over what the REST channel accepts; it answers the rest
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-authorization", "proxy-authenticate", "host", "content-length"}


class Balancer:
    def __init__(self, backends: List[str], timeout_s: float = 60.0) -> None:
        if not backends:
            raise ValueError("no backends")
        self.backends = backends
        self._turns = itertools.cycle(range(len(backends)))
        self._down_until = [0.0] * len(backends)
        self._timeout = ClientTimeout(total=timeout_s, sock_connect=2.0)
        self._session: Optional[ClientSession] = None
        self.served = [0] * len(backends)

    def _candidates(self) -> List[int]:
        now = time.monotonic()
        first = next(self._turns)
        order = [(first + i) % len(self.backends) for i in range(len(self.backends))]
        alive = [i for i in order if self._down_until[i] <= now]
        return alive or order  # all marked down: try them anyway, one may be back

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if self._session is None:
            self._session = ClientSession(timeout=self._timeout, auto_decompress=False)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["X-Forwarded-For"] = request.remote or ""
        for index in self._candidates():
            url = self.backends[index] + request.path_qs
            try:
                async with self._session.request(request.method, url, data=body, headers=headers,
                                                 allow_redirects=False) as reply:
                    payload = await reply.read()
                    self.served[index] += 1
                    out_headers = {k: v for k, v in reply.headers.items() if k.lower() not in HOP_BY_HOP}
                    return web.Response(status=reply.status, body=payload, headers=out_headers)
            except ClientConnectorError:
                self._down_until[index] = time.monotonic() + DOWN_FOR_S
                logger.warning("backend %s refused the connection; marked down", self.backends[index])
                continue
            except (ClientError, asyncio.TimeoutError) as error:
                self._down_until[index] = time.monotonic() + DOWN_FOR_S
                logger.warning("backend %s failed mid-request: %s", self.backends[index], type(error).__name__)
                return web.json_response(
                    {"error": "the server handling this message stopped; please send it again"},
                    status=502)
        return web.json_response({"error": "no server is available; please try again shortly"}, status=503)

    async def health(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        return web.json_response({"backends": [
            {"url": url, "up": self._down_until[i] <= now, "served": self.served[i]}
            for i, url in enumerate(self.backends)]})

    async def close(self, app: web.Application) -> None:
        if self._session is not None:
            await self._session.close()

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_get("/balancer/health", self.health)
        app.router.add_route("*", "/{tail:.*}", self.handle)
        app.on_cleanup.append(self.close)
        return app


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("backends", nargs="+", help="e.g. http://127.0.0.1:5101")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s balancer %(message)s")
    web.run_app(Balancer(args.backends).app(), host=args.host, port=args.port,
                print=lambda *_: None, access_log=None)


if __name__ == "__main__":
    main()
