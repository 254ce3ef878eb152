/**
 * Pages composed from several features' services and owned by none: the start page after sign-in (a section for each
 * role a person holds) and the public school directory (schools with their open classes). Nothing depends on it.
 */
package org.ocaq.home;
