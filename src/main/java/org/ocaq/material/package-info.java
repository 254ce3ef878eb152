/**
 * Lesson materials: files teachers upload to units and lessons (PDF, images, audio, office documents), checked by
 * their content and size as they arrive, kept outside the web root behind a storage interface.
 */
package org.ocaq.material;
