# What botocore makes of SchemaGen request bodies: each is validated against the personalize-events input shape
# (ParamValidator: unknown members, missing required ones, types), then serialized again by botocore itself, whose
# body the test compares with SchemaGen's. Reads [{operation, body}] on stdin, writes [{errors, path, body}].
import json, sys
import botocore.session
from botocore.validate import ParamValidator
from botocore.serialize import create_serializer

session = botocore.session.get_session()
model = session.get_service_model('personalize-events')
serializer = create_serializer('rest-json', include_validation=False)
results = []
for case in json.load(sys.stdin):
    operation = model.operation_model(case['operation'])
    params = json.loads(case['body'])
    report = ParamValidator().validate(params, operation.input_shape)
    errors = report.generate_report() if report.has_errors() else ''
    if errors:
        results.append({'errors': errors, 'path': None, 'body': None})
        continue
    # What botocore itself would send for the same parameters: the body must be the same JSON.
    request = serializer.serialize_to_request(params, operation)
    results.append({'errors': '', 'path': request['url_path'], 'body': json.loads(request['body'])})
json.dump(results, sys.stdout)
