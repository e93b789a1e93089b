/**
 * The words every layer shares: languages, attributes, spans, policies, roles and comment states.
 * This module imports nothing outside itself; scorers, stores, HTTP and configuration import it.
 */
export * from './attribute';
export * from './comment';
export * from './language';
export * from './policy';
export * from './role';
export * from './report';
