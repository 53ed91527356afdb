import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { MULTI_LINE_TEXT } from './text-inputs';

describe('MULTI_LINE_TEXT', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8'));

  it.each([...MULTI_LINE_TEXT])('%s is a String input of the schema', (coordinate) => {
    const argument = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate);
    if (argument) {
      const [, typeName = '', fieldName = '', argName = ''] = argument;
      const type = schema.getType(typeName);
      const arg = isObjectType(type)
        ? type.getFields()[fieldName]?.args.find((a) => a.name === argName)
        : undefined;
      expect(arg && getNamedType(arg.type).name).toBe('String');
      return;
    }
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = isInputObjectType(type) ? type.getFields()[fieldName] : undefined;
    expect(field && getNamedType(field.type).name).toBe('String');
  });
});
