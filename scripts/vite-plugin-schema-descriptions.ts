/**
 * Blanks the schema's description texts in the story's build. They are written for editors:
 * `npm run schema` turns them into the JSON Schema files of data/schema/, and the desk shows
 * them as help under its fields. The reader's page never reads them, yet validate.ts brings
 * the schema into the story's chunks, so every copy of the page would carry them.
 *
 * The story's build, and the desk's parse worker, which only validates (vite.config.ts). The
 * desk's page, `npm run schema` and the unit tests run the source as it is, and so keep every
 * word.
 *
 * What counts as a description is read from the code, not guessed from its text:
 * - the argument of valibot's `description(…)`;
 * - the argument of a helper of the module whose parameter goes nowhere but into a
 *   description (schema.ts's `text(…)`); a helper that also uses it elsewhere keeps it;
 * - a property named in `properties`, in an object literal passed to the function named:
 *   a value that reaches `description(…)` only later, such as a collection's description.
 * Only arguments with no side effects (texts, names, property reads and operators on them)
 * are blanked; anything else is left as it is.
 */
import { parseSync, type Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

export interface DescriptionSites {
  /** Object properties that hold a description: `{ callee: 'collection', key: 'description' }`. */
  properties?: readonly { callee: string; key: string }[];
}

export interface Dropped {
  code: string;
  /** How many texts were blanked. */
  dropped: number;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Calls `visit` on every node under `root` with its parent and the key it sits under. */
function walk(root: Node, visit: (node: Node, parent: Node | null, key: string) => void, parent: Node | null = null, key = '') {
  visit(root, parent, key);
  for (const [childKey, value] of Object.entries(root)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) walk(item, visit, root, childKey);
    if (isNode(value)) walk(value, visit, root, childKey);
  }
}

/** True for an expression that only reads: removing it changes nothing but its value. */
function readsOnly(node: Node): boolean {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as Node[]).every(readsOnly);
    case 'MemberExpression':
      return readsOnly(node.object as Node) && (!node.computed || readsOnly(node.property as Node));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return readsOnly(node.left as Node) && readsOnly(node.right as Node);
    case 'ConditionalExpression':
      return readsOnly(node.test as Node) && readsOnly(node.consequent as Node) && readsOnly(node.alternate as Node);
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return readsOnly(node.expression as Node);
    default:
      return false;
  }
}

const calleeName = (call: Node) => {
  const callee = call.callee as Node;
  return callee.type === 'Identifier' ? (callee.name as string) : undefined;
};

/** The module's own functions, by name: `function f(…)` and `const f = (…) => …`. */
function functionsOf(program: Node): Map<string, Node> {
  const functions = new Map<string, Node>();
  for (let statement of program.body as Node[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) statement = statement.declaration as Node;
    if (statement.type === 'FunctionDeclaration' && statement.id) functions.set((statement.id as Node).name as string, statement);
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations as Node[]) {
      const init = declarator.init as Node | null;
      const id = declarator.id as Node;
      if (id.type === 'Identifier' && init && /^(ArrowFunctionExpression|FunctionExpression)$/.test(init.type))
        functions.set(id.name as string, init);
    }
  }
  return functions;
}

/** Where a name is declared (a variable, a function, a parameter, a pattern), not used. */
function declares(parent: Node, key: string): boolean {
  if (parent.type === 'VariableDeclarator' || parent.type === 'ClassDeclaration') return key === 'id';
  if (/Function/.test(parent.type)) return key === 'id' || key === 'params';
  if (parent.type === 'AssignmentPattern') return key === 'left';
  if (/^Import\w*Specifier$/.test(parent.type)) return key === 'local';
  // A property's value may be a use ({ a: b }) as well as a declaration (const { a: b } = …):
  // counted as declared, which at worst leaves a text in place.
  if (parent.type === 'Property') return key === 'value';
  return /^(ArrayPattern|RestElement|CatchClause)$/.test(parent.type);
}

/** The names declared more than once in the module: a call by such a name may not be the one we mean. */
function shadowedNames(root: Node): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  walk(root, (node, parent, key) => {
    if (node.type !== 'Identifier' || !parent || !declares(parent, key)) return;
    const name = node.name as string;
    if (seen.has(name)) twice.add(name);
    seen.add(name);
  });
  return twice;
}

/** Blanks the description texts of one module; see the comment at the top of this file. */
export function dropDescriptions(code: string, fileName: string, sites: DescriptionSites = {}): Dropped {
  const { program, errors } = parseSync(fileName, code, { lang: /\.tsx?$/.test(fileName) ? 'ts' : 'js' });
  if (errors.length > 0) return { code, dropped: 0 };
  const root = program as unknown as Node;
  const shadowed = shadowedNames(root);

  // valibot's description, as this module names it: v.description(…) or description(…).
  const namespaces = new Set<string>();
  // Which argument of a function called by name is a description: valibot's first, and the helpers' below.
  const slots = new Map<string, number>();
  for (const statement of root.body as Node[]) {
    if (statement.type !== 'ImportDeclaration' || (statement.source as Node).value !== 'valibot') continue;
    for (const specifier of statement.specifiers as Node[]) {
      const local = (specifier.local as Node).name as string;
      if (shadowed.has(local)) continue;
      const imported = specifier.imported as Node | undefined;
      if (specifier.type === 'ImportNamespaceSpecifier') namespaces.add(local);
      else if (specifier.type === 'ImportSpecifier' && (imported?.name ?? imported?.value) === 'description') slots.set(local, 0);
    }
  }
  const describedArgument = (call: Node): Node | undefined => {
    const callee = call.callee as Node;
    let slot: number | undefined;
    if (callee.type === 'Identifier') slot = slots.get(callee.name as string);
    else if (callee.type === 'MemberExpression' && !callee.computed) {
      const object = callee.object as Node;
      if (object.type === 'Identifier' && namespaces.has(object.name as string) && (callee.property as Node).name === 'description')
        slot = 0;
    }
    return slot === undefined ? undefined : (call.arguments as Node[])[slot];
  };

  // A helper whose parameter goes only into descriptions takes a description there too;
  // repeated until nothing changes, since one helper may pass it on to another.
  const functions = [...functionsOf(root)].filter(([name]) => !shadowed.has(name));
  for (let found = true; found;) {
    found = false;
    for (const [name, fn] of functions) {
      if (slots.has(name)) continue;
      const slot = (fn.params as Node[]).findIndex(
        (param) => param.type === 'Identifier' && onlyDescribes(fn.body as Node, param.name as string),
      );
      if (slot < 0) continue;
      slots.set(name, slot);
      found = true;
    }
  }
  function onlyDescribes(body: Node, name: string): boolean {
    let uses = 0;
    let described = 0;
    walk(body, (node, parent, key) => {
      if (node.type !== 'Identifier' || node.name !== name || !parent) return;
      // The name of a property, not the parameter.
      if (
        !parent.computed &&
        ((parent.type === 'MemberExpression' && key === 'property') || (parent.type === 'Property' && key === 'key' && !parent.shorthand))
      )
        return;
      uses++;
      if (parent.type === 'CallExpression' && describedArgument(parent) === node) described++;
    });
    return uses > 0 && uses === described;
  }

  const blanks: Node[] = [];
  walk(root, (node) => {
    if (node.type !== 'CallExpression') return;
    const argument = describedArgument(node);
    if (argument && readsOnly(argument)) blanks.push(argument);
    const name = calleeName(node);
    for (const { callee, key } of sites.properties ?? []) {
      if (name !== callee) continue;
      for (const object of node.arguments as Node[]) {
        if (object.type !== 'ObjectExpression') continue;
        for (const property of object.properties as Node[]) {
          const propertyName = property.key as Node | undefined;
          const value = property.value as Node;
          if (property.type === 'Property' && !property.computed && (propertyName?.name ?? propertyName?.value) === key && readsOnly(value))
            blanks.push(value);
        }
      }
    }
  });

  // From the end, so earlier offsets stay right; a text inside one already blanked goes with it.
  // Each blank keeps the line breaks it spanned, so every line stays where it was.
  blanks.sort((a, b) => b.start - a.start);
  let out = code;
  let dropped = 0;
  let blankedFrom = Infinity;
  for (const node of blanks) {
    if (node.end > blankedFrom) continue;
    const lines = code.slice(node.start, node.end).split('\n').length - 1;
    out = out.slice(0, node.start) + "''" + '\n'.repeat(lines) + out.slice(node.end);
    blankedFrom = node.start;
    dropped++;
  }
  return { code: out, dropped };
}

/** The plugin: blanks the descriptions of the modules `include` matches, in the builds given it. */
export function schemaDescriptions(options: { include: RegExp } & DescriptionSites): Plugin {
  return {
    name: 'schema-descriptions',
    apply: 'build',
    // Before TypeScript is stripped, on the source as written.
    enforce: 'pre',
    transform: {
      filter: { id: options.include },
      handler(code, id) {
        const { code: out, dropped } = dropDescriptions(code, id.replace(/\?.*$/, ''), options);
        // A module meant to have descriptions that has none left to blank is a sign the code moved.
        if (dropped === 0) this.warn(`no schema descriptions found to blank in ${id}`);
        // Lines are kept, so the module's own line mappings hold (map: null keeps them as they are).
        return dropped === 0 ? null : { code: out, map: null };
      },
    },
  };
}
