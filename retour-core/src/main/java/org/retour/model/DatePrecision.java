package org.retour.model;

/** How precise a resolved date is. */
public enum DatePrecision { DAY, MONTH, SEASON, YEAR, DECADE }
