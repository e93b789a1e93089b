import type { WordListService } from '../../word-lists/word-list-service';
import { parse, type Handler } from '../route';
import { wordListDeleteQuerySchema, wordListParamsSchema, wordListTermSchema } from '../schemas';

export function listWordLists(deps: { wordLists: WordListService }): Handler {
  return async () => ({ status: 200, body: await deps.wordLists.list() });
}

export function addWordListTerm(deps: { wordLists: WordListService }): Handler {
  return async (request) => {
    const { list } = parse(wordListParamsSchema, request.params, 'params');
    const body = parse(wordListTermSchema, request.body, 'body');
    const { entry, added } = await deps.wordLists.add(list, body, request.principal?.name ?? 'unknown');
    return { status: added ? 201 : 200, body: entry };
  };
}

export function removeWordListTerm(deps: { wordLists: WordListService }): Handler {
  return async (request) => {
    const { list } = parse(wordListParamsSchema, request.params, 'params');
    const query = parse(wordListDeleteQuerySchema, request.query, 'query');
    await deps.wordLists.remove(list, query);
    return { status: 204, body: null };
  };
}
