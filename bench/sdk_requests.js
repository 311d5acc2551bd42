// Figure 2 of issue 8: the same GET /v2/servicerequest/cases?limit=100 through the official Huawei Cloud
// Node.js SDK core (GlobalCredentials, HcClient.sendRequest) against the same osm-sim, 1,000 in a row and
// 1,000 six at a time, median of OSM_BENCH_REPS runs. Run by bench/run.sh with NODE_PATH pointing at an
// npm install of @huaweicloud/huaweicloud-sdk-core and uuid@9.
// Usage: node sdk_requests.js URL [pipelineSequentialReqPerSec pipelineConcurrentReqPerSec]
'use strict';
const { GlobalCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const { ClientBuilder } = require('@huaweicloud/huaweicloud-sdk-core/ClientBuilder');

// The simulator's documented demo account (sim/DemoCredentials.h): not secrets.
const AK = 'DEMOAKOSMDESK0000001';
const SK = 'DemoSecretKeyForOsmDeskSimulator00000000';
const DOMAIN_ID = '0d5c1e2f3a4b4c5d8e9f00112233aabb';
const REQUESTS = 1000;

const [url, pipelineSequential, pipelineConcurrent] = process.argv.slice(2);
const reps = Number(process.env.OSM_BENCH_REPS) > 0 ? Number(process.env.OSM_BENCH_REPS) : 5;

const credentials = new GlobalCredentials().withAk(AK).withSk(SK).withDomainId(DOMAIN_ID);
// What a generated service client does: ClientBuilder(init, 'GlobalCredentials').withEndpoint().withCredential().
const client = new ClientBuilder((hcClient) => hcClient, 'GlobalCredentials')
  .withEndpoint(url)
  .withCredential(credentials)
  .build();

function listCases() {
  return client.sendRequest({
    method: 'GET',
    url: '/v2/servicerequest/cases',
    contentType: 'application/json',
    queryParams: { limit: 100 },
    pathParams: {},
    headers: { 'X-Language': 'en-us', 'X-Time-Zone': 'GMT+0' },
  });
}

// Keeps `inFlight` requests outstanding until `total` have finished; returns requests per second.
async function drive(total, inFlight) {
  let started = 0;
  let failures = 0;
  const worker = async () => {
    while (started < total) {
      ++started;
      try {
        const response = await listCases();
        if (response.httpStatusCode !== 200 || !Array.isArray(response.incident_info_list)) ++failures;
      } catch (error) {
        ++failures;
      }
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (failures > 0) throw new Error(`${failures} of ${total} requests failed`);
  return (total * 1000) / ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(name, value, unit, target, ratio, verdict) {
  const pad = (text, width) => String(text).padEnd(width);
  const ratioText = Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-';
  console.log(`${pad(name, 36)} ${value.toFixed(2).padStart(12)} ${pad(unit, 9)} ${pad(target, 22)} ${pad(ratioText, 8)} ${verdict || ''}`.trimEnd());
}

(async () => {
  for (const [mode, inFlight, pipeline] of [['sequential', 1, pipelineSequential], ['concurrent6', 6, pipelineConcurrent]]) {
    await drive(50, inFlight); // warm-up
    const rates = [];
    for (let rep = 0; rep < reps; ++rep) rates.push(await drive(REQUESTS, inFlight));
    const rate = median(rates);
    const ratio = Number(pipeline) / rate; // OSM Desk's throughput over the SDK's
    report(`2.sdk.${mode}`, rate, 'req/s', 'core >=3x SDK', ratio,
           Number.isFinite(ratio) ? (ratio >= 3 ? 'ok' : 'MISSED') : '');
  }
})().catch((error) => {
  console.error(`sdk_requests: ${error.message || error}`);
  process.exit(1);
});
