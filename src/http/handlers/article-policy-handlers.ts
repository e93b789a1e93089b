import type { ArticlePolicyService } from '../../articles/article-policy-service';
import { parse, type Handler } from '../route';
import { articleParamsSchema, articlePolicySchema } from '../schemas';

type Deps = { articlePolicies: ArticlePolicyService };

export function getArticlePolicy(deps: Deps): Handler {
  return async (request) => {
    const { articleId } = parse(articleParamsSchema, request.params, 'params');
    return { status: 200, body: await deps.articlePolicies.get(articleId) };
  };
}

export function putArticlePolicy(deps: Deps): Handler {
  return async (request) => {
    const { articleId } = parse(articleParamsSchema, request.params, 'params');
    const body = parse(articlePolicySchema, request.body, 'body');
    return { status: 200, body: await deps.articlePolicies.set(articleId, body, request.principal?.name ?? 'unknown') };
  };
}

export function deleteArticlePolicy(deps: Deps): Handler {
  return async (request) => {
    const { articleId } = parse(articleParamsSchema, request.params, 'params');
    await deps.articlePolicies.reset(articleId, request.principal?.name ?? 'unknown');
    return { status: 204, body: null };
  };
}

export function getArticlePolicyHistory(deps: Deps): Handler {
  return async (request) => {
    const { articleId } = parse(articleParamsSchema, request.params, 'params');
    return { status: 200, body: { articleId, history: await deps.articlePolicies.history(articleId) } };
  };
}
