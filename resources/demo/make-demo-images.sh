#!/bin/sh
# Regenerates the demo store's product pictures (ImageMagick 6 `convert`). The JPEGs are committed;
# run this only to change them. Each is drawn from simple shapes so it is recognisable at thumbnail
# size, carries a label, and stays well under 60 KB.
set -eu
cd "$(dirname "$0")"
FONT=DejaVu-Sans-Bold
Q="-quality 78 -strip -sampling-factor 4:2:0"

label() { # $1 file, $2 background gradient, $3 label, rest: draw commands
    out=$1; bg=$2; text=$3; shift 3
    convert -size 600x600 "gradient:$bg" "$@" \
        -fill '#00000088' -draw 'rectangle 0,530 600,600' \
        -font "$FONT" -pointsize 30 -fill white -gravity south -annotate +0+20 "$text" \
        $Q "$out"
}

# Grey sofa ---------------------------------------------------------------------------------------
label sofa-front.jpg '#f4efe6-#d9cfbf' 'Grey sofa - front' \
    -fill '#bfb6a8' -draw 'rectangle 0,430 600,530' \
    -fill '#6f7479' -draw 'roundrectangle 90,200 510,300 30,30' \
    -fill '#7d8389' -draw 'roundrectangle 70,290 530,400 25,25' \
    -fill '#5f6469' -draw 'roundrectangle 50,250 120,410 20,20' -draw 'roundrectangle 480,250 550,410 20,20' \
    -fill '#8a9096' -draw 'roundrectangle 130,300 295,350 12,12' -draw 'roundrectangle 305,300 470,350 12,12' \
    -fill '#3a3a3a' -draw 'rectangle 90,400 105,440' -draw 'rectangle 495,400 510,440'
label sofa-side.jpg '#e9eef2-#c9d3da' 'Grey sofa - side' \
    -fill '#aab4bb' -draw 'rectangle 0,440 600,530' \
    -fill '#6f7479' -draw 'roundrectangle 150,180 250,400 25,25' \
    -fill '#7d8389' -draw 'roundrectangle 150,300 470,400 25,25' \
    -fill '#5f6469' -draw 'roundrectangle 420,250 480,405 18,18' \
    -fill '#3a3a3a' -draw 'rectangle 170,400 182,450' -draw 'rectangle 440,400 452,450'
label sofa-detail.jpg '#8a9096-#6f7479' 'Grey sofa - fabric detail' \
    -stroke '#5b6066' -strokewidth 6 -draw 'line 0,100 600,100' -draw 'line 0,220 600,220' \
    -draw 'line 0,340 600,340' -draw 'line 0,460 600,460' -draw 'line 150,0 150,530' \
    -draw 'line 300,0 300,530' -draw 'line 450,0 450,530' -stroke none \
    -fill '#c0c4c8' -draw 'circle 300,280 300,300' -draw 'circle 150,160 150,175' -draw 'circle 450,400 450,415'
label sofa-room.jpg '#fdf6e3-#e8dcc0' 'Grey sofa - living room' \
    -fill '#c9b58f' -draw 'rectangle 0,420 600,530' \
    -fill '#ffffff' -draw 'rectangle 380,60 540,220' -fill '#9fc5e8' -draw 'rectangle 390,70 530,210' \
    -fill '#2e7d32' -draw 'polygon 60,420 80,250 100,420' -draw 'polygon 75,420 110,280 120,420' \
    -fill '#8d6e63' -draw 'rectangle 55,400 125,440' \
    -fill '#6f7479' -draw 'roundrectangle 170,280 520,340 20,20' -fill '#7d8389' -draw 'roundrectangle 160,330 530,410 20,20' \
    -fill '#a1887f' -draw 'ellipse 340,470 120,25 0,360'
# The back view: from the room, a window and a floor lamp behind it. Its difference hash must stay
# well apart from the front view's (it was 2 bits away, and the review called them one picture).
label sofa-back.jpg '#dfe7ee-#b9c4cc' 'Grey sofa - back' \
    -fill '#9fb7c9' -draw 'rectangle 40,60 260,330' \
    -fill '#e9f1f7' -draw 'rectangle 55,75 245,315' \
    -fill '#9fb7c9' -draw 'rectangle 146,75 154,315' -draw 'rectangle 55,191 245,199' \
    -fill '#8b7d6b' -draw 'rectangle 0,440 600,530' \
    -fill '#4b5056' -draw 'roundrectangle 150,250 560,420 24,24' \
    -fill '#3f4449' -draw 'rectangle 170,280 540,290' -draw 'rectangle 170,330 540,340' \
    -fill '#2a2a2a' -draw 'rectangle 170,420 182,450' -draw 'rectangle 528,420 540,450' \
    -fill '#2a2a2a' -draw 'rectangle 92,200 98,440' -draw 'rectangle 70,435 120,445' \
    -fill '#f3d58a' -draw 'polygon 70,200 120,200 108,150 82,150'

# Oak table ---------------------------------------------------------------------------------------
label table-top.jpg '#f5f0e8-#e0d6c6' 'Oak table - top view' \
    -fill '#b07d48' -draw 'roundrectangle 80,110 520,450 20,20' \
    -stroke '#94653a' -strokewidth 3 -draw 'line 100,180 500,170' -draw 'line 100,260 500,270' \
    -draw 'line 100,340 500,330' -draw 'line 100,410 500,415' -stroke none
label table-legs.jpg '#eef2ea-#d2dccb' 'Oak table - legs' \
    -fill '#b07d48' -draw 'rectangle 80,180 520,215' \
    -fill '#94653a' -draw 'rectangle 100,215 125,470' -draw 'rectangle 475,215 500,470' \
    -draw 'rectangle 170,215 190,440' -draw 'rectangle 410,215 430,440'
label table-room.jpg '#fff8ee-#eadfcc' 'Oak table - dining room' \
    -fill '#d7c4a3' -draw 'rectangle 0,430 600,530' \
    -fill '#b07d48' -draw 'rectangle 120,250 480,275' -fill '#94653a' -draw 'rectangle 140,275 160,450' -draw 'rectangle 440,275 460,450' \
    -fill '#4e6e81' -draw 'rectangle 40,200 100,320' -draw 'rectangle 40,320 110,340' -draw 'rectangle 45,340 55,450' -draw 'rectangle 95,340 105,450' \
    -draw 'rectangle 500,200 560,320' -draw 'rectangle 490,320 560,340' -draw 'rectangle 495,340 505,450' -draw 'rectangle 545,340 555,450' \
    -fill '#ffffff' -draw 'ellipse 300,240 40,10 0,360' -fill '#e53935' -draw 'circle 300,225 300,240'

# Desk lamp ---------------------------------------------------------------------------------------
label lamp-on.jpg '#2b2d42-#1b1c2b' 'Desk lamp - on' \
    -fill '#fff3b0' -draw 'polygon 330,230 210,470 450,470' \
    -fill '#f2c14e' -draw 'polygon 260,120 400,180 360,250 240,200' \
    -fill '#c0c0c0' -stroke '#c0c0c0' -strokewidth 14 -draw 'line 250,170 180,330' -draw 'line 180,330 260,470' -stroke none \
    -fill '#8d99ae' -draw 'ellipse 260,480 90,20 0,360'
label lamp-off.jpg '#edf2f4-#cfd8dc' 'Desk lamp - off' \
    -fill '#e07a5f' -draw 'polygon 260,120 400,180 360,250 240,200' \
    -fill '#5c5c5c' -stroke '#5c5c5c' -strokewidth 14 -draw 'line 250,170 180,330' -draw 'line 180,330 260,470' -stroke none \
    -fill '#3d405b' -draw 'ellipse 260,480 90,20 0,360'
# Deliberately tiny: QA flags images below a useful resolution.
convert -size 40x40 'gradient:#f2c14e-#e07a5f' -fill '#3d405b' -draw 'rectangle 17,8 23,32' $Q lamp-tiny.jpg

# Linen cushion -----------------------------------------------------------------------------------
label cushion-front.jpg '#f7f3ee-#e4ddd2' 'Linen cushion' \
    -fill '#c8b89a' -draw 'roundrectangle 130,130 470,470 60,60' \
    -fill '#b8a584' -draw 'circle 300,300 300,312' \
    -stroke '#a8977a' -strokewidth 4 -fill none -draw 'roundrectangle 150,150 450,450 50,50' -stroke none
label cushion-pattern.jpg '#dcd2c0-#c8b89a' 'Linen cushion - pattern' \
    -fill '#8c7b5f' -draw 'polygon 100,100 200,50 300,100 200,150' -draw 'polygon 300,100 400,50 500,100 400,150' \
    -draw 'polygon 100,300 200,250 300,300 200,350' -draw 'polygon 300,300 400,250 500,300 400,350' \
    -fill '#f7f3ee' -draw 'polygon 200,200 300,150 400,200 300,250' -draw 'polygon 200,400 300,350 400,400 300,450'
