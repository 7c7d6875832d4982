// render prints the import block of every resource directly (importBlockText); it must stay the text the
// generic printer makes of the same block.

import { attribute, block, ref, str } from '../../../translator/hcl/ast';
import { printTopLevel } from '../../../translator/hcl/printer';
import { importBlockText } from '../../../translator/pipeline/render';

describe('importBlockText', () => {
  const ids = ['acme-data-0', 'vpc-0abc1234', 'arn:aws:iam::111122223333:role/a"b\\c', '${x} %{y}', 'ünïcödé\u2028', 'a\nb', ''];
  for (const id of ids) {
    it(`prints ${JSON.stringify(id)} as the printer does`, () => {
      expect(importBlockText('aws_s3_bucket.data_0', id, undefined)).toBe(printTopLevel(block('import', [], [attribute('to', ref('aws_s3_bucket.data_0')), attribute('id', str(id))])));
      expect(importBlockText('aws_vpc.main', id, 'aws.eu_west_1')).toBe(
        printTopLevel(block('import', [], [attribute('to', ref('aws_vpc.main')), attribute('id', str(id)), attribute('provider', ref('aws.eu_west_1'))])),
      );
    });
  }
});
