"""Recomputes the SigV4 signature of one captured request with botocore, an implementation independent of
AWSSDK.Core. Reads the request as JSON on stdin; prints what botocore computes as JSON on stdout."""
import base64
import hashlib
import json
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

captured = json.load(sys.stdin)
headers = captured["headers"]
authorization = headers["Authorization"]
signed_names = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
body = base64.b64decode(captured["body"])

# Only the headers the client says it signed take part, exactly as the service would take them.
request = AWSRequest(
    method=captured["method"],
    url=captured["url"],
    data=body,
    headers={name: value for name, value in headers.items() if name.lower() in signed_names},
)
request.context["timestamp"] = headers["X-Amz-Date"]
auth = SigV4Auth(
    Credentials(captured["accessKey"], captured["secretKey"], captured.get("sessionToken")),
    captured["service"],
    captured["region"],
)
canonical = auth.canonical_request(request)
string_to_sign = auth.string_to_sign(request, canonical)
print(json.dumps({
    "signature": auth.signature(string_to_sign, request),
    "signedHeaders": auth.signed_headers(auth.headers_to_sign(request)),
    "credentialScope": auth.credential_scope(request),
    "payloadSha256": hashlib.sha256(body).hexdigest(),
}))
