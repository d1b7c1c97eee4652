/**
 * The catalogue of AI tools: tools and their providers, the three labels (purpose, technology,
 * phase), the technical and ethics questionnaires and their answers, agents' feedback, concerns
 * about a tool and the tool lifecycle (draft, published, suspended, removed). It may call {@code
 * audit} and {@code identity}.
 */
package org.globalhub.catalogue;
