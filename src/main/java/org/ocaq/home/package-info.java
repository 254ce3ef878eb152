/** The start page after sign-in: a useful overview for each role a person holds, composed from the features' services. */
package org.ocaq.home;
