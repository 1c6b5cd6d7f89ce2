import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the one AWS STS call of the web-identity flow that
 * `aws-actions/configure-aws-credentials` sets up (a role ARN and an OIDC token file):
 * `AssumeRoleWithWebIdentity` (awsQuery, form-encoded), answered with the given keys in the XML
 * STS documents. Other actions get STS's 400 `InvalidAction`.
 */
export class StsStandIn {
  readonly calls: Array<{ roleArn: string; token: string; sessionName: string }> = [];
  private server?: Server;

  constructor(private readonly keys: { accessKeyId: string; secretAccessKey: string; sessionToken: string }) {}

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        if (form.get('Action') !== 'AssumeRoleWithWebIdentity') {
          res.writeHead(400, { 'content-type': 'text/xml' });
          res.end(`<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>not served here</Message></Error><RequestId>mlgate-test</RequestId></ErrorResponse>`);
          return;
        }
        this.calls.push({ roleArn: form.get('RoleArn') ?? '', token: form.get('WebIdentityToken') ?? '', sessionName: form.get('RoleSessionName') ?? '' });
        const expires = new Date(Date.now() + 3600_000).toISOString();
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(`<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:acme/churn:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser><Arn>${form.get('RoleArn')}/mlgate</Arn><AssumedRoleId>AROAMLGATETEST:mlgate</AssumedRoleId></AssumedRoleUser>
    <Credentials>
      <AccessKeyId>${this.keys.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${this.keys.secretAccessKey}</SecretAccessKey>
      <SessionToken>${this.keys.sessionToken}</SessionToken>
      <Expiration>${expires}</Expiration>
    </Credentials>
    <Provider>token.actions.githubusercontent.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>mlgate-test</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
