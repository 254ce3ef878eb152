/**
 * The network's curriculum as data: courses, their units and lesson plans, kept as YAML files in the top-level
 * curriculum/ folder and loaded into the database by an idempotent importer; the curriculum browser reads it.
 */
package org.ocaq.curriculum;
