// The demo session's console calls (tests/e2e/popup-demo-scenario.ts holds the matching CloudTrail
// records). Each button click makes one call; #log gets "<id> <status>" when it finished.
(function () {
  'use strict';
  var REGION = 'us-east-1';
  var ACCOUNT = '123456789012';
  function signed(service, extra) {
    var h = {
      authorization: 'AWS4-HMAC-SHA256 Credential=ASIAFAKEFAKEFAKE/20261126/' + REGION + '/' + service + '/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000',
      'x-amz-security-token': 'demo-session-token', 'x-amz-date': '20261126T120000Z',
    };
    for (var k in extra) h[k] = extra[k];
    return h;
  }
  function viaFetch(method, url, headers, body) {
    return fetch(url, { method: method, headers: headers, body: body }).then(function (r) { return r.text().then(function () { return r.status; }); });
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
  var FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
  var EC2 = 'https://ec2.us-east-1.amazonaws.com/';
  var BUCKET = 'https://trailform-demo-logs.s3.us-east-1.amazonaws.com/';
  function ec2(params) { return viaFetch('POST', EC2, signed('ec2', FORM), new URLSearchParams(params).toString()); }

  var calls = {
    'create-bucket': function () { return viaXhr('PUT', BUCKET, signed('s3', { 'x-amz-object-ownership': 'BucketOwnerEnforced' })); },
    'enable-versioning': function () {
      return viaFetch('PUT', BUCKET + '?versioning', signed('s3', { 'content-type': 'application/xml' }),
        '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>');
    },
    'create-vpc': function () {
      return ec2({ Action: 'CreateVpc', Version: '2016-11-15', CidrBlock: '10.0.0.0/16', InstanceTenancy: 'default',
        'TagSpecification.1.ResourceType': 'vpc', 'TagSpecification.1.Tag.1.Key': 'Name', 'TagSpecification.1.Tag.1.Value': 'demo' });
    },
    'create-subnet': function () {
      return ec2({ Action: 'CreateSubnet', Version: '2016-11-15', VpcId: 'vpc-0d3m0000000000001', CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a',
        'TagSpecification.1.ResourceType': 'subnet', 'TagSpecification.1.Tag.1.Key': 'Name', 'TagSpecification.1.Tag.1.Value': 'demo-a' });
    },
    'create-security-group': function () {
      return ec2({ Action: 'CreateSecurityGroup', Version: '2016-11-15', GroupName: 'demo-web', GroupDescription: 'web tier', VpcId: 'vpc-0d3m0000000000001' });
    },
    'create-role': function () {
      return viaXhr('POST', 'https://iam.amazonaws.com/', signed('iam', FORM), new URLSearchParams({
        Action: 'CreateRole', Version: '2010-05-08', RoleName: 'demo-fn-role', Path: '/',
        AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
      }).toString());
    },
    'create-function': function () {
      return viaFetch('POST', 'https://lambda.us-east-1.amazonaws.com/2015-03-31/functions', signed('lambda', { 'content-type': 'application/json' }), JSON.stringify({
        FunctionName: 'demo-fn', Runtime: 'nodejs20.x', Role: 'arn:aws:iam::' + ACCOUNT + ':role/demo-fn-role', Handler: 'index.handler',
        Code: { ZipFile: btoa('demo zip bytes') }, PackageType: 'Zip',
      }));
    },
  };

  var log = document.getElementById('log');
  Object.keys(calls).forEach(function (id) {
    document.getElementById(id).addEventListener('click', function () {
      calls[id]().then(function (status) { log.textContent += id + ' ' + status + '\n'; });
    });
  });
})();
