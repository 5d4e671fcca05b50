import { Context } from 'mingo/core';
import * as expressionOperators from 'mingo/operators/expression';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import type { Filter } from '../read-store';

/**
 * mingo copies its operator tables into every Query it compiles; from plain objects that copy
 * is cheap, from the module namespaces the default entry point uses it dominates a projection's
 * write path. One context, built once, with the query, expression and projection operators.
 */
const context = Context.init({ query: { ...queryOperators }, expression: { ...expressionOperators }, projection: { ...projectionOperators } });

export const compileFilter = (filter: Filter): Query => new Query(filter, { context, idKey: '_id' });

/** Matches every document: the entry point for sorting, skipping, limiting and projecting. */
export const everything = compileFilter({});
