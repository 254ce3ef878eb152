/** Certificates: templates, issuing by rule, PDF rendering and public verification. */
package org.ocaq.certificate;
