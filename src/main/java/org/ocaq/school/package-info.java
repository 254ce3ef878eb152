/** The network: countries, schools (in person, online or both), terms, coordinators and the public directory. */
package org.ocaq.school;
