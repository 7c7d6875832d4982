// The fake console's page script: realistic console traffic through fetch and XHR (aws-sdk v3 uses
// fetch, v2 XHR), direct SigV4 calls in each protocol, console proxy envelopes, a Worker, and noise.
// window.fakeConsole.actions[name]() performs one step and resolves with the final HTTP status.
(function () {
  'use strict';
  var CANARY = 'CANARY7f3a9e';

  function auth(region, service) {
    return 'AWS4-HMAC-SHA256 Credential=ASIAFAKEFAKEFAKE/20261126/' + region + '/' + service +
      '/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=' + CANARY + 'signature';
  }
  function signed(region, service, extra) {
    var h = { authorization: auth(region, service), 'x-amz-security-token': CANARY + '-token', 'x-amz-date': '20261126T120000Z' };
    for (var k in extra) h[k] = extra[k];
    return h;
  }
  function viaFetch(method, url, headers, body) {
    return fetch(url, { method: method, headers: headers, body: body }).then(function (r) {
      return r.text().then(function () { return r.status; });
    });
  }
  function viaXhr(method, url, headers, body) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      for (var k in headers) xhr.setRequestHeader(k, headers[k]);
      xhr.onloadend = function () { resolve(xhr.status); };
      xhr.send(body === undefined ? null : body);
    });
  }
  function form(obj) { return new URLSearchParams(obj); }
  function json(target, region, service, body, version) {
    return signed(region, service, { 'content-type': 'application/x-amz-json-' + (version || '1.1'), 'x-amz-target': target });
  }
  var FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
  function envelope(path, env, useXhr) {
    var headers = { 'content-type': 'application/json', 'x-csrf-token': CANARY + '-csrf' };
    var body = JSON.stringify(env);
    return useXhr ? viaXhr('POST', path, headers, body) : viaFetch('POST', path, headers, body);
  }
  function inWorker(url, target, body, region, service) {
    return new Promise(function (resolve) {
      var w = new Worker('/fake/worker.js');
      w.onmessage = function (ev) { w.terminate(); resolve(ev.data.status); };
      w.postMessage({ url: url, target: target, body: JSON.stringify(body), auth: auth(region, service) });
    });
  }
  // Smithy RPC v2 CBOR: {"AlarmName": "cpu-high"} encoded by hand (map(1), text(9), text(8)).
  function cborAlarm() {
    var enc = new TextEncoder();
    var k = enc.encode('AlarmName'), v = enc.encode('cpu-high');
    var out = new Uint8Array(1 + 1 + k.length + 1 + v.length);
    out[0] = 0xa1; out[1] = 0x60 + k.length; out.set(k, 2); out[2 + k.length] = 0x60 + v.length; out.set(v, 3 + k.length);
    return out;
  }

  var EC2 = 'https://ec2.us-east-1.amazonaws.com/';
  var BUCKET = 'https://trailform-demo-bucket.s3.us-west-2.amazonaws.com/';
  var LAMBDA = 'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions';
  var IAM = 'https://iam.amazonaws.com/';

  var actions = {
    ec2CreateSecurityGroup: function () {
      return viaFetch('POST', EC2, signed('us-east-1', 'ec2', FORM), form({
        Action: 'CreateSecurityGroup', Version: '2016-11-15', GroupName: 'web', GroupDescription: 'web tier', VpcId: 'vpc-0abc',
        'TagSpecification.1.ResourceType': 'security-group', 'TagSpecification.1.Tag.1.Key': 'Name', 'TagSpecification.1.Tag.1.Value': 'web',
      }));
    },
    ec2DescribeInstances: function () {
      return viaXhr('POST', EC2, signed('us-east-1', 'ec2', FORM), 'Action=DescribeInstances&Version=2016-11-15&MaxResults=50');
    },
    s3CreateBucket: function () {
      return viaXhr('PUT', BUCKET, signed('us-west-2', 's3', { 'content-type': 'application/xml', 'x-amz-user-agent': 'aws-sdk-js/2.1687.0' }),
        '<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>us-west-2</LocationConstraint></CreateBucketConfiguration>');
    },
    s3PutBucketVersioning: function () {
      return viaFetch('PUT', BUCKET + '?versioning', signed('us-west-2', 's3', { 'content-type': 'application/xml' }),
        new Blob(['<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>'], { type: 'application/xml' }));
    },
    s3HeadBucket: function () { return viaFetch('HEAD', BUCKET, signed('us-west-2', 's3', {})); },
    lambdaCreateFunction: function () {
      return viaFetch('POST', LAMBDA, signed('eu-west-1', 'lambda', { 'content-type': 'application/json' }), JSON.stringify({
        FunctionName: 'app', Runtime: 'nodejs20.x', Role: 'arn:aws:iam::123456789012:role/app', Handler: 'index.handler',
        Code: { ZipFile: btoa(CANARY + '-zip-bytes') },
      }));
    },
    lambdaListFunctions: function () { return viaFetch('GET', LAMBDA + '/', signed('eu-west-1', 'lambda', {})); },
    iamCreateRole: function () {
      return viaXhr('POST', IAM, signed('us-east-1', 'iam', FORM), 'Action=CreateRole&Version=2010-05-08&RoleName=app&AssumeRolePolicyDocument=' +
        encodeURIComponent('{"Version":"2012-10-17","Statement":[]}'));
    },
    iamCreateLoginProfile: function () {
      var fd = new FormData();
      fd.append('Action', 'CreateLoginProfile'); fd.append('Version', '2010-05-08'); fd.append('UserName', 'alice');
      fd.append('Password', CANARY + '-password'); fd.append('PasswordResetRequired', 'true');
      return viaFetch('POST', IAM, signed('us-east-1', 'iam', {}), fd);
    },
    iamCreateAccessKey: function () {
      return viaFetch('POST', IAM, signed('us-east-1', 'iam', FORM), 'Action=CreateAccessKey&Version=2010-05-08&UserName=alice');
    },
    dynamodbCreateTable: function () {
      var body = new TextEncoder().encode(JSON.stringify({ TableName: 'orders', BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }));
      return viaFetch('POST', 'https://dynamodb.eu-west-1.amazonaws.com/', json('DynamoDB_20120810.CreateTable', 'eu-west-1', 'dynamodb', null, '1.0'), body.buffer);
    },
    dynamodbDescribeTable: function () {
      return viaFetch('POST', 'https://dynamodb.eu-west-1.amazonaws.com/', json('DynamoDB_20120810.DescribeTable', 'eu-west-1', 'dynamodb', null, '1.0'), '{"TableName":"orders"}');
    },
    sqsCreateQueue: function () {
      return viaXhr('POST', 'https://sqs.us-east-1.amazonaws.com/', json('AmazonSQS.CreateQueue', 'us-east-1', 'sqs', null, '1.0'), '{"QueueName":"jobs"}');
    },
    secretsCreateSecret: function () {
      return viaFetch('POST', 'https://secretsmanager.us-east-1.amazonaws.com/', json('secretsmanager.CreateSecret', 'us-east-1', 'secretsmanager'),
        JSON.stringify({ Name: 'db-password', SecretString: CANARY + '-secret-string' }));
    },
    proxyCreateStack: function () {
      return envelope('/cloudformation/api/cloudformation', {
        operation: 'CreateStack', method: 'POST', path: '/', region: 'eu-central-1',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': CANARY + '-inner-csrf' },
        contentString: 'Action=CreateStack&Version=2010-05-15&StackName=app&TemplateURL=' + encodeURIComponent('https://s3.amazonaws.com/t/app.yaml'),
      }, false);
    },
    proxyCreateDbInstance: function () {
      return envelope('/rds/api/rds', {
        operation: 'CreateDBInstance', method: 'POST', path: '/', region: 'us-east-1',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        contentString: 'Action=CreateDBInstance&Version=2014-10-31&DBInstanceIdentifier=db1&Engine=postgres&MasterUsername=admin&MasterUserPassword=' + CANARY + '-db-password',
      }, true);
    },
    s3ProxyPutBucketEncryption: function () {
      return envelope('/s3/proxy', {
        operation: 'putBucketEncryption', method: 'PUT', path: '/trailform-demo-bucket', region: 'us-west-2',
        params: { encryption: '' }, headers: { 'Content-Type': 'application/xml' },
        contentString: '<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>',
      }, false);
    },
    cloudwatchPutMetricAlarm: function () {
      return viaFetch('POST', 'https://monitoring.us-east-1.amazonaws.com/service/GraniteServiceVersion20100801/operation/PutMetricAlarm',
        signed('us-east-1', 'monitoring', { 'content-type': 'application/cbor', accept: 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor' }), cborAlarm());
    },
    workerCreateLogGroup: function () {
      return inWorker('https://logs.us-west-2.amazonaws.com/', 'Logs_20140328.CreateLogGroup', { logGroupName: '/app/web' }, 'us-west-2', 'logs');
    },
    ec2RunInstancesWithRetry: function () {
      var headers = signed('us-east-1', 'ec2', FORM);
      headers['amz-sdk-invocation-id'] = '5b0c8f8e-1111-4a4a-9f9f-0123456789ab';
      var body = 'Action=RunInstances&Version=2016-11-15&ImageId=ami-0abc&InstanceType=t3.micro&MinCount=1&MaxCount=1&ClientToken=RetryOnce-1';
      headers['amz-sdk-request'] = 'attempt=1; max=3';
      return viaFetch('POST', EC2, headers, body).then(function (status) {
        if (status < 500) return status;
        headers['amz-sdk-request'] = 'attempt=2; max=3';
        return viaFetch('POST', EC2, headers, body);
      });
    },
    s3DeleteBucketDenied: function () {
      return viaFetch('DELETE', 'https://denied-bucket.s3.us-east-1.amazonaws.com/', signed('us-east-1', 's3', {}));
    },
    noiseCredentials: function () {
      return viaFetch('POST', '/ec2/tb/creds', { 'x-csrf-token': CANARY + '-csrf', 'content-type': 'application/json' }, '{}');
    },
    noiseTelemetry: function () {
      return viaFetch('POST', 'https://prod.pl.panorama.console.api.aws/panoramaroute', { 'content-type': 'text/plain' }, '{"events":[{"type":"click"}]}');
    },
    noiseLotus: function () { return viaFetch('GET', '/lotus/metadata?packageName=@amzn/awsc-global-nav'); },
    noiseConsoleSettings: function () {
      return viaFetch('POST', 'https://us-east-1.prod.ccs.console.api.aws/getUserSettings', signed('us-east-1', 'console-control', { 'content-type': 'application/json' }), '{}');
    },
    ec2CreateVpc: function () {
      return viaXhr('POST', EC2, signed('us-east-1', 'ec2', FORM), 'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16');
    },
    snsCreateTopic: function () {
      return viaFetch('POST', 'https://sns.ap-southeast-2.amazonaws.com/', signed('ap-southeast-2', 'sns', FORM), form({ Action: 'CreateTopic', Version: '2010-03-31', Name: 'alerts' }));
    },
    lambdaUpdateFunctionConfiguration: function () {
      return viaFetch('PUT', LAMBDA + '/app/configuration', signed('eu-west-1', 'lambda', { 'content-type': 'application/json' }), '{"MemorySize":256}');
    },
    route53ChangeResourceRecordSets: function () {
      return viaXhr('POST', 'https://route53.amazonaws.com/2013-04-01/hostedzone/Z0123456789/rrset/', signed('us-east-1', 'route53', { 'content-type': 'application/xml' }),
        '<ChangeResourceRecordSetsRequest><ChangeBatch><Changes><Change><Action>UPSERT</Action></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>');
    },
    workerCreateLogStream: function () {
      return inWorker('https://logs.us-west-2.amazonaws.com/', 'Logs_20140328.CreateLogStream', { logGroupName: '/app/web', logStreamName: 's1' }, 'us-west-2', 'logs');
    },
    // The console's own proxy forms (console-traffic reference §1-2).
    lambdaAjaxCreateFunction: function () {
      return envelope('/lambda/services/ajax?operation=createFunction', {
        FunctionName: 'ajax-fn', Runtime: 'nodejs20.x', Role: 'arn:aws:iam::123456789012:role/app', Handler: 'index.handler',
      }, false);
    },
    vpcCallCreateVpc: function () {
      return envelope('/vpc/vcb/elastic/?call=com.amazonaws.ec2.AmazonEC2.CreateVpc?', { CidrBlock: '10.1.0.0/16' }, true);
    },
    // Reads made with POST: never stored.
    ec2EcbGetVpcs: function () { return envelope('/ec2/ecb?call=getVpcs?mbtc=1', {}, false); },
    iamListRoles: function () { return viaXhr('POST', IAM, signed('us-east-1', 'iam', FORM), 'Action=ListRoles&Version=2010-05-08'); },
    lambdaAjaxListFunctions: function () { return envelope('/lambda/services/ajax?operation=listFunctions', {}, true); },
    // Data-plane calls: never stored, their contents never leave the page.
    s3PutObject: function () {
      return viaFetch('PUT', BUCKET + 'notes/hello.txt', signed('us-west-2', 's3', { 'content-type': 'text/plain' }), 'FILECONTENT-' + CANARY);
    },
    lambdaInvoke: function () {
      return viaFetch('POST', LAMBDA + '/app/invocations', signed('eu-west-1', 'lambda', { 'content-type': 'application/json' }), '{"testEvent":"INVOKEPAYLOAD-' + CANARY + '"}');
    },
    dynamodbExecuteStatement: function () {
      return viaXhr('POST', 'https://dynamodb.eu-west-1.amazonaws.com/', json('DynamoDB_20120810.ExecuteStatement', 'eu-west-1', 'dynamodb', null, '1.0'),
        '{"Statement":"SELECT * FROM orders WHERE pk=\'STATEMENT-' + CANARY + '\'"}');
    },
    iamGenerateServiceLastAccessedDetails: function () {
      return viaFetch('POST', IAM, signed('us-east-1', 'iam', FORM), form({ Action: 'GenerateServiceLastAccessedDetails', Version: '2010-05-08', Arn: 'arn:aws:iam::123456789012:role/app' }));
    },
    // One relay batch holding two good changes, a request whose query names a 50-million-slot list, an
    // envelope with a broken inner path, and two records that are not captured requests at all.
    malformedBurst: function () {
      var sent = [
        viaXhr('POST', 'https://sqs.us-east-1.amazonaws.com/', json('AmazonSQS.CreateQueue', 'us-east-1', 'sqs', null, '1.0'), '{"QueueName":"burst-a"}'),
        viaFetch('POST', EC2, signed('us-east-1', 'ec2', FORM), 'Action=CreateTags&Version=2016-11-15&ResourceId.50000000=i-huge&Tag.1.Key=k&Tag.1.Value=v'),
        envelope('/cloudformation/api/cloudformation', { operation: { not: 'a name' }, method: 'POST', path: '//[', contentString: '%E0%A4%A' }, false),
      ];
      sent.push(viaFetch('POST', 'https://sns.ap-southeast-2.amazonaws.com/', signed('ap-southeast-2', 'sns', FORM), form({ Action: 'CreateTopic', Version: '2010-03-31', Name: 'burst-b' })));
      return Promise.all(sent).then(function (statuses) { return Math.max.apply(null, statuses); });
    },
  };

  // The benchmark's requests: a change (DynamoDB TagResource with distinct tags, as a user's would be;
  // PutItem is data-plane and never stored) or a read (DescribeTable), by fetch or XHR.
  var benchSeq = 0;
  function benchRequest(useXhr, write) {
    var url = 'https://dynamodb.us-east-1.amazonaws.com/';
    var n = benchSeq++;
    var headers = json(write ? 'DynamoDB_20120810.TagResource' : 'DynamoDB_20120810.DescribeTable', 'us-east-1', 'dynamodb', null, '1.0');
    var body = write ? '{"ResourceArn":"arn:aws:dynamodb:us-east-1:123456789012:table/bench","Tags":[{"Key":"n","Value":"' + n + '"}]}' : '{"TableName":"bench"}';
    return useXhr ? viaXhr('POST', url, headers, body) : viaFetch('POST', url, headers, body);
  }

  window.fakeConsole = {
    actions: actions,
    run: function (name) { return actions[name](); },
    /**
     * Runs n requests one after another; every `writeEvery`-th is a change (1: all), the rest reads.
     * Returns each request's latency in ms.
     */
    bench: function (n, useXhr, writeEvery) {
      var every = writeEvery || 1;
      var latencies = [];
      var i = 0;
      function next() {
        if (i >= n) return Promise.resolve(latencies);
        var write = i++ % every === 0;
        var t0 = performance.now();
        return benchRequest(useXhr, write).then(function () { latencies.push(performance.now() - t0); return next(); });
      }
      return next();
    },
  };
  document.getElementById('status').textContent = 'ready';
})();
