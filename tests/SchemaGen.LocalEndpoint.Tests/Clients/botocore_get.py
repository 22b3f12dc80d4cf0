"""Sends one GET signed by botocore's SigV4Auth, the URL exactly as given (a user's unencoded ARN included).

argv: url [access key] [secret key] [region]; stdout: {"status": N, "body": "..."}
"""
import json
import sys
import urllib.error
import urllib.request

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

url = sys.argv[1]
access_key, secret_key, region = (sys.argv[2:5] + ["test", "test", "us-west-2"][len(sys.argv[2:5]):])
request = AWSRequest(method="GET", url=url)
SigV4Auth(Credentials(access_key, secret_key), "personalize", region).add_auth(request)
prepared = request.prepare()
try:
    with urllib.request.urlopen(urllib.request.Request(prepared.url, headers=dict(prepared.headers), method="GET")) as response:
        print(json.dumps({"status": response.status, "body": response.read().decode()}))
except urllib.error.HTTPError as error:
    print(json.dumps({"status": error.code, "body": error.read().decode()}))
