// Runs AWS calls with the AWS SDK for JavaScript v3, exactly as a user would, against the endpoint URL given.
// stdin: {"endpoint": "http://127.0.0.1:N", "calls": [{"client": "personalize" | "events", "command":
//        "CreateSchemaCommand", "input": {...}}, ...]}; every "sentAt" and "timestamp" number (epoch seconds) becomes a Date.
// stdout: one JSON result per call, in order: {"ok": <output without $metadata>} or
//        {"error": <exception name>, "message": ..., "status": <HTTP status>}.
import * as personalize from "@aws-sdk/client-personalize";
import * as events from "@aws-sdk/client-personalize-events";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const settings = {
  endpoint: request.endpoint,
  region: request.region ?? "us-west-2",
  credentials: { accessKeyId: request.accessKeyId ?? "test", secretAccessKey: request.secretAccessKey ?? "test" },
  maxAttempts: 1,
};
const modules = { personalize, events };
const clients = {
  personalize: new personalize.PersonalizeClient(settings),
  events: new events.PersonalizeEventsClient(settings),
};

const withDates = (value) => {
  if (Array.isArray(value)) return value.map(withDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) =>
      [key, (key === "sentAt" || key === "timestamp") && typeof inner === "number" ? new Date(inner * 1000) : withDates(inner)]));
  }
  return value;
};

const results = [];
for (const call of request.calls) {
  const Command = modules[call.client][call.command];
  try {
    const output = await clients[call.client].send(new Command(withDates(call.input ?? {})));
    delete output.$metadata;
    results.push({ ok: output });
  } catch (error) {
    results.push({ error: error.name, message: error.message, status: error.$metadata?.httpStatusCode ?? null });
  }
}
process.stdout.write(JSON.stringify(results));
