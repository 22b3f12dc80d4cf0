"""Runs AWS calls with boto3, exactly as a user would, against the endpoint URL given.

stdin: {"endpoint": "http://127.0.0.1:N", ["accessKeyId", "secretAccessKey", "sessionToken", "region",] "calls": [{"service": "personalize", "operation": "create_schema",
        "params": {...}}, ...]}
stdout: one JSON result per call, in order: {"ok": <response without ResponseMetadata>} or
        {"error": <error code>, "message": ..., "status": <HTTP status>, "exception": <exception class name>}
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions

request = json.load(sys.stdin)
session = boto3.session.Session(
    aws_access_key_id=request.get("accessKeyId", "test"),
    aws_secret_access_key=request.get("secretAccessKey", "test"),
    aws_session_token=request.get("sessionToken"),
    region_name=request.get("region", "us-west-2"),
)
# One attempt per call: a test sees what the endpoint answered, not what retries made of it.
config = botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"})
clients = {}
results = []
for call in request["calls"]:
    service = call["service"]
    if service not in clients:
        clients[service] = session.client(service, endpoint_url=request["endpoint"], config=config)
    client = clients[service]
    try:
        response = getattr(client, call["operation"])(**call.get("params", {}))
        response.pop("ResponseMetadata", None)
        results.append({"ok": response})
    except botocore.exceptions.ClientError as error:
        results.append({
            "error": error.response["Error"]["Code"],
            "message": error.response["Error"].get("Message", ""),
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "exception": type(error).__name__,
        })
    except botocore.exceptions.ParamValidationError as error:
        # Refused by botocore before sending: the endpoint never saw it.
        results.append({"error": "ParamValidationError", "message": str(error), "status": None, "exception": type(error).__name__})
print(json.dumps(results, default=str))
