package org.retour.model;

/** How precise a resolved date is (a week is an ISO week, 2016-W22; a season 2015-SU). */
public enum DatePrecision { DAY, WEEK, MONTH, SEASON, YEAR, DECADE }
