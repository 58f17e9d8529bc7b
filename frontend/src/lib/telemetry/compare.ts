/**
 * The same request as two approaches captured it, node by node. X-Ray and OpenTelemetry name the same
 * work differently — the SQL subsegment `catalog@127.0.0.1` is the span `select "product"`, the
 * remote subsegment `127.0.0.1` is a CLIENT span to `server.address` 127.0.0.1, the `Sqs` subsegment of
 * DeleteMessage is the span `Sqs.DeleteMessage` and that of SendMessage the PRODUCER span
 * `order-events publish` — so nodes are paired by what they stand for, not by name.
 */
import type { TraceNode } from './trace-model';

/**
 * What a node stands for, the same for both models: its service, its role, and what tells it apart
 * from its siblings — the HTTP method of a request, the host called, the SQL statement's first word,
 * the AWS service and operation, the queue, or a business step's name.
 */
export function matchKey(node: TraceNode): string {
  return `${node.service}|${node.role}|${labelOf(node)}`;
}

function labelOf(node: TraceNode): string {
  switch (node.role) {
    case 'entry':
      return node.http?.method ?? '';
    case 'http':
      return (node.http?.host ?? node.name).toLowerCase();
    case 'sql':
      return node.sql?.operation ?? '';
    case 'aws':
      return `${awsServiceKey(node.aws?.service ?? node.name)}.${(node.aws?.operation ?? '').toLowerCase()}`;
    case 'messaging':
      return node.messaging?.destination ?? node.name;
    case 'step':
      return node.name.trim().toLowerCase();
  }
}

/** `Sqs`, `SQS`, `AmazonSQS`, `Amazon SQS` → `sqs`. */
function awsServiceKey(service: string): string {
  return service.toLowerCase().replace(/^amazon\s*/, '').replace(/\s+/g, '');
}

/** A row of the comparison: a pair of corresponding nodes, or a node that has none on the other side. */
export interface ComparedRow {
  left?: TraceNode;
  right?: TraceNode;
}

/**
 * Pairs the nodes of two traces (each in tree order): nodes with the same match key pair up in the
 * order they appear, the first with the first. The rows follow the left tree, with the right side's
 * nodes that have no partner placed where they appear in the right tree.
 */
export function pairNodes(left: TraceNode[], right: TraceNode[]): ComparedRow[] {
  const rightByKey = new Map<string, TraceNode[]>();
  for (const node of right) {
    const key = matchKey(node);
    rightByKey.set(key, [...(rightByKey.get(key) ?? []), node]);
  }
  const partnerOfLeft = new Map<TraceNode, TraceNode>();
  const paired = new Set<TraceNode>();
  for (const node of left) {
    const candidate = rightByKey.get(matchKey(node))?.shift();
    if (candidate) {
      partnerOfLeft.set(node, candidate);
      paired.add(candidate);
    }
  }

  const rows: ComparedRow[] = [];
  const shown = new Set<TraceNode>();
  let next = 0;
  /** The right side's unpaired nodes up to `stop`, where they are in its tree. */
  const showUnpairedRight = (stop?: TraceNode) => {
    while (next < right.length && right[next] !== stop) {
      const node = right[next] as TraceNode;
      if (!paired.has(node) && !shown.has(node)) {
        rows.push({ right: node });
        shown.add(node);
      }
      next += 1;
    }
  };
  for (const node of left) {
    const partner = partnerOfLeft.get(node);
    if (!partner) {
      rows.push({ left: node });
      continue;
    }
    if (right.indexOf(partner) >= next) showUnpairedRight(partner);
    rows.push({ left: node, right: partner });
    shown.add(partner);
  }
  showUnpairedRight();
  return rows;
}
