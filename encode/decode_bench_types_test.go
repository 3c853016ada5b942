package encode

// The types of the benchmark documents twitter.json and citm_catalog.json, as
// structgen infers them from the documents, with their names prefixed.

// decTwX is the type of the top-level value of the samples.
type decTwX struct {
	Statuses       []decTwStatuse      `json:"statuses"`
	SearchMetadata decTwSearchMetadata `json:"search_metadata"`
}

// decTwStatuse is inferred from statuses[].
type decTwStatuse struct {
	Metadata             decTwMetadata         `json:"metadata"`
	CreatedAt            string                `json:"created_at"`
	ID                   int64                 `json:"id"`
	IDStr                string                `json:"id_str"`
	Text                 string                `json:"text"`
	Source               string                `json:"source"`
	Truncated            bool                  `json:"truncated"`
	InReplyToStatusID    *int64                `json:"in_reply_to_status_id"`
	InReplyToStatusIDStr *string               `json:"in_reply_to_status_id_str"`
	InReplyToUserID      *int64                `json:"in_reply_to_user_id"`
	InReplyToUserIDStr   *string               `json:"in_reply_to_user_id_str"`
	InReplyToScreenName  *string               `json:"in_reply_to_screen_name"`
	User                 decTwUser             `json:"user"`
	Geo                  any                   `json:"geo"`
	Coordinates          any                   `json:"coordinates"`
	Place                any                   `json:"place"`
	Contributors         any                   `json:"contributors"`
	RetweetCount         int                   `json:"retweet_count"`
	FavoriteCount        int                   `json:"favorite_count"`
	Entities             decTwStatuseEntities  `json:"entities"`
	Favorited            bool                  `json:"favorited"`
	Retweeted            bool                  `json:"retweeted"`
	Lang                 string                `json:"lang"`
	RetweetedStatus      *decTwRetweetedStatus `json:"retweeted_status,omitzero"`
	PossiblySensitive    *bool                 `json:"possibly_sensitive,omitzero"`
}

// decTwMetadata is inferred from statuses[].metadata.
type decTwMetadata struct {
	ResultType      string `json:"result_type"`
	IsoLanguageCode string `json:"iso_language_code"`
}

// decTwUser is inferred from statuses[].user.
type decTwUser struct {
	ID                             int64         `json:"id"`
	IDStr                          string        `json:"id_str"`
	Name                           string        `json:"name"`
	ScreenName                     string        `json:"screen_name"`
	Location                       string        `json:"location"`
	Description                    string        `json:"description"`
	URL                            *string       `json:"url"`
	Entities                       decTwEntities `json:"entities"`
	Protected                      bool          `json:"protected"`
	FollowersCount                 int           `json:"followers_count"`
	FriendsCount                   int           `json:"friends_count"`
	ListedCount                    int           `json:"listed_count"`
	CreatedAt                      string        `json:"created_at"`
	FavouritesCount                int           `json:"favourites_count"`
	UtcOffset                      *int          `json:"utc_offset"`
	TimeZone                       *string       `json:"time_zone"`
	GeoEnabled                     bool          `json:"geo_enabled"`
	Verified                       bool          `json:"verified"`
	StatusesCount                  int           `json:"statuses_count"`
	Lang                           string        `json:"lang"`
	ContributorsEnabled            bool          `json:"contributors_enabled"`
	IsTranslator                   bool          `json:"is_translator"`
	IsTranslationEnabled           bool          `json:"is_translation_enabled"`
	ProfileBackgroundColor         string        `json:"profile_background_color"`
	ProfileBackgroundImageURL      string        `json:"profile_background_image_url"`
	ProfileBackgroundImageURLHTTPS string        `json:"profile_background_image_url_https"`
	ProfileBackgroundTile          bool          `json:"profile_background_tile"`
	ProfileImageURL                string        `json:"profile_image_url"`
	ProfileImageURLHTTPS           string        `json:"profile_image_url_https"`
	ProfileBannerURL               *string       `json:"profile_banner_url,omitzero"`
	ProfileLinkColor               string        `json:"profile_link_color"`
	ProfileSidebarBorderColor      string        `json:"profile_sidebar_border_color"`
	ProfileSidebarFillColor        string        `json:"profile_sidebar_fill_color"`
	ProfileTextColor               string        `json:"profile_text_color"`
	ProfileUseBackgroundImage      bool          `json:"profile_use_background_image"`
	DefaultProfile                 bool          `json:"default_profile"`
	DefaultProfileImage            bool          `json:"default_profile_image"`
	Following                      bool          `json:"following"`
	FollowRequestSent              bool          `json:"follow_request_sent"`
	Notifications                  bool          `json:"notifications"`
}

// decTwEntities is inferred from statuses[].user.entities.
type decTwEntities struct {
	Description decTwDescription  `json:"description"`
	URL         *decTwDescription `json:"url,omitzero"`
}

// decTwDescription is inferred from statuses[].user.entities.description.
type decTwDescription struct {
	Urls []decTwUrl `json:"urls"`
}

// decTwUrl is inferred from statuses[].user.entities.description.urls[].
type decTwUrl struct {
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
	Indices     []int  `json:"indices"`
}

// decTwStatuseEntities is inferred from statuses[].entities.
type decTwStatuseEntities struct {
	Hashtags     []decTwHashtag     `json:"hashtags"`
	Symbols      []any              `json:"symbols"`
	Urls         []decTwUrl         `json:"urls"`
	UserMentions []decTwUserMention `json:"user_mentions"`
	Media        []decTwMediaItem   `json:"media,omitzero"`
}

// decTwHashtag is inferred from statuses[].entities.hashtags[].
type decTwHashtag struct {
	Text    string `json:"text"`
	Indices []int  `json:"indices"`
}

// decTwUserMention is inferred from statuses[].entities.user_mentions[].
type decTwUserMention struct {
	ScreenName string `json:"screen_name"`
	Name       string `json:"name"`
	ID         int64  `json:"id"`
	IDStr      string `json:"id_str"`
	Indices    []int  `json:"indices"`
}

// decTwMediaItem is inferred from statuses[].entities.media[].
type decTwMediaItem struct {
	ID                int64      `json:"id"`
	IDStr             string     `json:"id_str"`
	Indices           []int      `json:"indices"`
	MediaURL          string     `json:"media_url"`
	MediaURLHTTPS     string     `json:"media_url_https"`
	URL               string     `json:"url"`
	DisplayURL        string     `json:"display_url"`
	ExpandedURL       string     `json:"expanded_url"`
	Type              string     `json:"type"`
	Sizes             decTwSizes `json:"sizes"`
	SourceStatusID    *int64     `json:"source_status_id,omitzero"`
	SourceStatusIDStr *string    `json:"source_status_id_str,omitzero"`
}

// decTwSizes is inferred from statuses[].entities.media[].sizes.
type decTwSizes struct {
	Medium decTwMedium `json:"medium"`
	Small  decTwMedium `json:"small"`
	Thumb  decTwMedium `json:"thumb"`
	Large  decTwMedium `json:"large"`
}

// decTwMedium is inferred from statuses[].entities.media[].sizes.medium.
type decTwMedium struct {
	W      int    `json:"w"`
	H      int    `json:"h"`
	Resize string `json:"resize"`
}

// decTwRetweetedStatus is inferred from statuses[].retweeted_status.
type decTwRetweetedStatus struct {
	Metadata             decTwMetadata        `json:"metadata"`
	CreatedAt            string               `json:"created_at"`
	ID                   int64                `json:"id"`
	IDStr                string               `json:"id_str"`
	Text                 string               `json:"text"`
	Source               string               `json:"source"`
	Truncated            bool                 `json:"truncated"`
	InReplyToStatusID    *int64               `json:"in_reply_to_status_id"`
	InReplyToStatusIDStr *string              `json:"in_reply_to_status_id_str"`
	InReplyToUserID      *int64               `json:"in_reply_to_user_id"`
	InReplyToUserIDStr   *string              `json:"in_reply_to_user_id_str"`
	InReplyToScreenName  *string              `json:"in_reply_to_screen_name"`
	User                 decTwUser            `json:"user"`
	Geo                  any                  `json:"geo"`
	Coordinates          any                  `json:"coordinates"`
	Place                any                  `json:"place"`
	Contributors         any                  `json:"contributors"`
	RetweetCount         int                  `json:"retweet_count"`
	FavoriteCount        int                  `json:"favorite_count"`
	Entities             decTwStatuseEntities `json:"entities"`
	Favorited            bool                 `json:"favorited"`
	Retweeted            bool                 `json:"retweeted"`
	PossiblySensitive    *bool                `json:"possibly_sensitive,omitzero"`
	Lang                 string               `json:"lang"`
}

// decTwSearchMetadata is inferred from search_metadata.
type decTwSearchMetadata struct {
	CompletedIn float64 `json:"completed_in"`
	MaxID       int64   `json:"max_id"`
	MaxIDStr    string  `json:"max_id_str"`
	NextResults string  `json:"next_results"`
	Query       string  `json:"query"`
	RefreshURL  string  `json:"refresh_url"`
	Count       int     `json:"count"`
	SinceID     int     `json:"since_id"`
	SinceIDStr  string  `json:"since_id_str"`
}

// decCitmX is the type of the top-level value of the samples.
type decCitmX struct {
	AreaNames                map[string]string       `json:"areaNames"`
	AudienceSubCategoryNames map[string]string       `json:"audienceSubCategoryNames"`
	BlockNames               map[string]any          `json:"blockNames"`
	Events                   map[string]decCitmEvent `json:"events"`
	Performances             []decCitmPerformance    `json:"performances"`
	SeatCategoryNames        map[string]string       `json:"seatCategoryNames"`
	SubTopicNames            map[string]string       `json:"subTopicNames"`
	SubjectNames             map[string]any          `json:"subjectNames"`
	TopicNames               map[string]string       `json:"topicNames"`
	TopicSubTopics           map[string][]int        `json:"topicSubTopics"`
	VenueNames               decCitmVenueNames       `json:"venueNames"`
}

// decCitmEvent is inferred from events.*.
type decCitmEvent struct {
	Description any     `json:"description"`
	ID          int     `json:"id"`
	Logo        *string `json:"logo"`
	Name        string  `json:"name"`
	SubTopicIds []int   `json:"subTopicIds"`
	SubjectCode any     `json:"subjectCode"`
	Subtitle    any     `json:"subtitle"`
	TopicIds    []int   `json:"topicIds"`
}

// decCitmPerformance is inferred from performances[].
type decCitmPerformance struct {
	EventID        int                   `json:"eventId"`
	ID             int                   `json:"id"`
	Logo           *string               `json:"logo"`
	Name           any                   `json:"name"`
	Prices         []decCitmPrice        `json:"prices"`
	SeatCategories []decCitmSeatCategory `json:"seatCategories"`
	SeatMapImage   any                   `json:"seatMapImage"`
	Start          int64                 `json:"start"`
	VenueCode      string                `json:"venueCode"`
}

// decCitmPrice is inferred from performances[].prices[].
type decCitmPrice struct {
	Amount                int `json:"amount"`
	AudienceSubCategoryID int `json:"audienceSubCategoryId"`
	SeatCategoryID        int `json:"seatCategoryId"`
}

// decCitmSeatCategory is inferred from performances[].seatCategories[].
type decCitmSeatCategory struct {
	Areas          []decCitmArea `json:"areas"`
	SeatCategoryID int           `json:"seatCategoryId"`
}

// decCitmArea is inferred from performances[].seatCategories[].areas[].
type decCitmArea struct {
	AreaID   int   `json:"areaId"`
	BlockIds []any `json:"blockIds"`
}

// decCitmVenueNames is inferred from venueNames.
type decCitmVenueNames struct {
	PLEYELPLEYEL string `json:"PLEYEL_PLEYEL"`
}
