/**
 * Words and names: the sentences the verifier understands (read from the step definitions themselves) and, for a
 * sentence or a name it does not know, the nearest ones it does. Depends on no other package of the project, so
 * every layer may use it: checks name the nearest tables, the report names the nearest sentences.
 */
package dev.releasegate.verifier.vocabulary;
